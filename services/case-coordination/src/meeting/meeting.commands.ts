import { z } from 'zod';
import { taskStatuses } from './task-status.domain.js';

const text = (max: number) => z.string().trim().min(1).max(max);

export const scheduleMeetingCommand = z.strictObject({ heldOn: z.iso.date() });
export type ScheduleMeetingCommand = z.infer<typeof scheduleMeetingCommand>;

/** A hypothesis or reflection; `saidBy` names the team member who said it when someone else writes it down. */
export const recordNoteCommand = z.strictObject({
  text: text(4_000),
  saidBy: z.string().min(1).max(200).optional(),
});
export type RecordNoteCommand = z.infer<typeof recordNoteCommand>;

export const editNoteCommand = z.strictObject({ text: text(4_000) });
export type EditNoteCommand = z.infer<typeof editNoteCommand>;

const task = z.strictObject({ ownerId: z.string().min(1).max(200), dueOn: z.iso.date() });

export const recordDecisionCommand = z.strictObject({ text: text(2_000), task });
export type RecordDecisionCommand = z.infer<typeof recordDecisionCommand>;

export const editDecisionCommand = z
  .strictObject({ text: text(2_000).optional(), task: task.partial().optional() })
  .refine((edit) => edit.text !== undefined || (edit.task !== undefined && Object.keys(edit.task).length > 0), {
    message: 'give the new text or task owner or due date',
  });
export type EditDecisionCommand = z.infer<typeof editDecisionCommand>;

export const amendMinutesCommand = z.strictObject({
  text: text(4_000),
  /** The agenda cases the amendment concerns. */
  caseIds: z.array(z.uuid()).min(1).max(50),
});
export type AmendMinutesCommand = z.infer<typeof amendMinutesCommand>;

export const setTaskStatusCommand = z.strictObject({ status: z.enum(taskStatuses) });
export type SetTaskStatusCommand = z.infer<typeof setTaskStatusCommand>;

/** Whose open tasks: `owner` is `me` or a user id, `team` a team's id; one of them at least. */
export const listTasksQuery = z
  .strictObject({ owner: z.string().trim().min(1).max(200).optional(), team: z.uuid().optional() })
  .refine((query) => query.owner !== undefined || query.team !== undefined, {
    message: 'give owner (me or a user id), team, or both',
  });
export type ListTasksQuery = z.infer<typeof listTasksQuery>;
