import { z } from 'zod';
import { frameDomainSchema, wordsSchema, type Frame } from './frame.domain.js';

export const frameSchema = z
  .object({
    key: z.string(),
    version: z.number().int(),
    region: z.string(),
    title: wordsSchema,
    domains: z.array(frameDomainSchema),
  })
  .meta({ id: 'AssessmentFrame' }) satisfies z.ZodType<Frame>;
