import { z } from 'zod';
import { answersSchema, TEXT_LIMIT } from '../assessment-record/answers.schema.js';

/** Autosave of one's own draft: the version one last saw (0 before the first save). */
export const saveDraftCommand = z.strictObject({
  expectedVersion: z.number().int().min(0),
  answers: answersSchema,
});
export type SaveDraftCommand = z.infer<typeof saveDraftCommand>;

export const submitCommand = z.strictObject({ expectedVersion: z.number().int().min(1) });
export type SubmitCommand = z.infer<typeof submitCommand>;

export const addendumCommand = z.strictObject({ text: z.string().trim().min(1).max(TEXT_LIMIT) });
export type AddendumCommand = z.infer<typeof addendumCommand>;

/** A worker records the child's view with the child (LSL 30 §): the answers, and how the child's view was found out. */
export const recordChildViewCommand = z.strictObject({
  expectedVersion: z.number().int().min(0),
  answers: answersSchema,
  howFoundOut: z.string().trim().min(1).max(2000),
});
export type RecordChildViewCommand = z.infer<typeof recordChildViewCommand>;
