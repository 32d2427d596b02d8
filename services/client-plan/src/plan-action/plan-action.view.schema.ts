import { planActionStatuses } from '@yhdessa/contracts';
import { z } from 'zod';
import type { ActionUpdateView } from './plan-action.service.js';

export const actionUpdateViewSchema = z
  .object({
    actionId: z.string(),
    status: z.enum(planActionStatuses),
    note: z.string().nullable(),
    updatedAt: z.iso.datetime({ offset: true }).nullable(),
    updatedBy: z.string().nullable(),
    overdue: z.boolean().describe('Not done nor cancelled, and past its due date.'),
  })
  .meta({ id: 'PlanActionUpdate' }) satisfies z.ZodType<ActionUpdateView>;
