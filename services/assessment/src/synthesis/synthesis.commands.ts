import { z } from 'zod';

import { synthesisDraftSchema } from '../assessment-record/synthesis-draft.schema.js';

export const saveSynthesisCommand = z.strictObject({
  expectedVersion: z.number().int().min(0),
  synthesis: synthesisDraftSchema,
});
export type SaveSynthesisCommand = z.infer<typeof saveSynthesisCommand>;

export const completeAssessmentCommand = z.strictObject({ expectedVersion: z.number().int().min(1) });
export type CompleteAssessmentCommand = z.infer<typeof completeAssessmentCommand>;
