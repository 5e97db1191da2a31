import { z } from 'zod';

/** A comma-separated query parameter whose items must come from a vocabulary ("a,b" → ["a", "b"]). */
export const csvOf = <T extends readonly [string, ...string[]]>(
  values: T,
): z.ZodPipe<z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>, z.ZodArray<z.ZodEnum<{ [K in T[number]]: K }>>> =>
  z
    .string()
    .max(400)
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)));
