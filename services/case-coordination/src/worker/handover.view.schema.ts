import { z } from 'zod';
import type { HandoverResult } from './handover.view.js';

/** Who is responsible now: no client details, since managers hand cases over without them. */
export const handoverResultSchema = z
  .object({ caseId: z.uuid(), responsibleWorker: z.object({ userId: z.string(), displayName: z.string() }) })
  .meta({ id: 'Handover' }) satisfies z.ZodType<HandoverResult>;
