import { z } from 'zod';
import { planContentSchema } from '../plan-record/plan-content.schema.js';

/** The responsible social worker starts the case's plan: blank, or with a first content. */
export const startPlanCommand = z.strictObject({
  /** The child's date of birth: whether they sign (15+) or are asked to comment (12+) follows from it. */
  childDateOfBirth: z.iso.date().nullable(),
  content: planContentSchema.optional(),
});
export type StartPlanCommand = z.infer<typeof startPlanCommand>;

/** A saved change: the whole content, and the revision it was made on (a stale one is refused with the current one). */
export const savePlanCommand = z.strictObject({
  base: z.strictObject({ version: z.number().int().min(1), revision: z.number().int().min(1) }),
  content: planContentSchema,
});
export type SavePlanCommand = z.infer<typeof savePlanCommand>;

const position = z.coerce.number().int().min(1);

/** Two points of the plan's history to compare: a version, and a revision of it (its latest when left out). */
export const planDiffQuery = z.strictObject({
  fromVersion: position,
  fromRevision: position.optional(),
  toVersion: position,
  toRevision: position.optional(),
});
export type PlanDiffQuery = z.infer<typeof planDiffQuery>;
