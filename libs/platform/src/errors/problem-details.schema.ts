import { z } from 'zod';
import type { ProblemDetails } from './problem-details.js';

/** RFC 9457 problem details as every service answers them, for the OpenAPI documents. */
export const problemDetailsSchema = z
  .object({
    type: z.string().describe('`urn:yhdessa:problem:<code>`'),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string().describe('Machine-readable: switch on this, not on the prose.'),
    instance: z.string().optional(),
    correlationId: z.string().optional(),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe('validation_failed: each field that did not pass.'),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem' }) satisfies z.ZodType<ProblemDetails>;
