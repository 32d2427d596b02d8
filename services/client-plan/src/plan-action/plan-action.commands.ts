import { planActionStatuses } from '@yhdessa/contracts';
import { z } from 'zod';

/** The responsible agency moves an action of the plan in force: its status, and a note on how it goes. */
export const updatePlanActionCommand = z.strictObject({
  status: z.enum(planActionStatuses),
  note: z.string().trim().min(1).max(2000).optional(),
});
export type UpdatePlanActionCommand = z.infer<typeof updatePlanActionCommand>;

export const actionIdParam = z.string().trim().min(1).max(40);
