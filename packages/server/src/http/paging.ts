import { z } from 'zod';

export const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const idParam = z.object({ id: z.uuid() });
