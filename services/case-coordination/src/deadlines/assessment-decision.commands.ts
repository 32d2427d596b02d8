import { z } from 'zod';

export const assessmentDecisionCommand = z.strictObject({ decision: z.enum(['start', 'no-start']) });
export type AssessmentDecisionCommand = z.infer<typeof assessmentDecisionCommand>;
