import { z } from 'zod';

/** One page of the report, newest first: `before` is the last entry of the page before (its `nextBefore`). */
export const accessReportQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.uuid().optional(),
});
export type AccessReportQuery = z.infer<typeof accessReportQuery>;
