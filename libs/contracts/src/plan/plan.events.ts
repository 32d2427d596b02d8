import { z } from 'zod';

/**
 * Every party has signed a version of the child's client plan. Only the signed version counts; it
 * starts the clock for the plan's review (at least once a year, LSL 30 §).
 */
export const planVersionSignedOffV1 = z.object({
  planId: z.uuid(),
  version: z.number().int().min(1),
  signedOffAt: z.iso.datetime({ offset: true }),
});
export type PlanVersionSignedOffV1 = z.infer<typeof planVersionSignedOffV1>;
