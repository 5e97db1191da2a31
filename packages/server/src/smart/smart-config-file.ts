import { fieldPathText } from '@carelevel/contract';
import { z } from 'zod';
import type { SmartOptions } from './smart-records.js';

/**
 * The operator's SMART registrations, read from a JSON file (CARELEVEL_SMART_CONFIG): a file, not the
 * environment, so a client secret stays out of process listings and shell history.
 *
 *   { "publicUrl": "https://carelevel.example",
 *     "records": [{ "iss": "https://ehr.example/fhir", "clientId": "carelevel", "writeBack": true, "fhirApiTokens": true }] }
 */
const httpUrl = z.url({ protocol: /^https?$/ }).max(500);
const configFile = z.strictObject({
  publicUrl: httpUrl,
  records: z
    .array(
      z.strictObject({
        iss: httpUrl,
        clientId: z.string().min(1).max(200),
        clientSecret: z.string().min(1).max(500).optional(),
        writeBack: z.boolean().optional(),
        fhirApiTokens: z.boolean().optional(),
      }),
    )
    .max(50),
});

/** The file's contents as options, or the first problem in words that name the field. */
export function parseSmartConfig(text: string): SmartOptions | { readonly problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { problem: 'is not valid JSON' };
  }
  const parsed = configFile.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return {
    problem: `${issue ? fieldPathText(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))) : ''}: ${issue?.message ?? 'is not valid'}`,
  };
}
