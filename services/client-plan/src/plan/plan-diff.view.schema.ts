import { z } from 'zod';
import { planSections } from './plan-diff.domain.js';
import type { PlanDiffView } from './plan.service.js';

const point = z.object({ version: z.number().int(), revision: z.number().int() });

export const planDiffViewSchema = z
  .object({
    from: point,
    to: point,
    differences: z.array(
      z.object({
        section: z.enum(planSections),
        itemId: z.string().nullable(),
        change: z.enum(['added', 'removed', 'reworded', 'changed']),
        field: z.string().nullable(),
        before: z.string().nullable(),
        after: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'PlanDiff' }) satisfies z.ZodType<PlanDiffView>;
