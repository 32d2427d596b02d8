import { redactedSchema } from '@yhdessa/access';
import { z } from 'zod';
import { teamRoles } from '../team-record/team-member.entity.js';
import type {
  AgendaCaseView,
  AmendmentView,
  DecisionView,
  MeetingSummaryView,
  MinutesView,
  NoteView,
  OwnTaskView,
  TaskView,
} from './meeting.view.js';

const person = z.object({ userId: z.string(), displayName: z.string() });
const timestamp = z.iso.datetime({ offset: true });
const speaker = z.object({ userId: z.string(), displayName: z.string(), teamRole: z.enum(teamRoles) });

export const noteViewSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    author: speaker,
    recordedById: z.string(),
    recordedAt: timestamp,
    editedAt: timestamp.nullable(),
  })
  .meta({ id: 'Note' }) satisfies z.ZodType<NoteView>;

const taskFields = {
  taskId: z.uuid(),
  decisionId: z.uuid(),
  meetingId: z.uuid(),
  caseId: z.uuid(),
  owner: person,
  dueOn: z.iso.date(),
  status: z.string(),
  statusChangedAt: timestamp,
};

export const taskViewSchema = z.object(taskFields).meta({ id: 'Task' }) satisfies z.ZodType<TaskView>;

export const decisionViewSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    recordedById: z.string(),
    recordedAt: timestamp,
    editedAt: timestamp.nullable(),
    task: taskViewSchema.nullable(),
  })
  .meta({ id: 'Decision' }) satisfies z.ZodType<DecisionView>;

export const amendmentViewSchema = z
  .object({ id: z.uuid(), caseIds: z.array(z.uuid()), text: z.string(), author: speaker, amendedAt: timestamp })
  .meta({ id: 'Amendment' }) satisfies z.ZodType<AmendmentView>;

const agendaCaseViewSchema = z.object({
  position: z.number().int(),
  caseId: z.uuid(),
  childName: z.string().nullable(),
  responsibleWorker: person,
  hypotheses: z.array(noteViewSchema),
  reflections: z.array(noteViewSchema),
  decisions: z.array(decisionViewSchema),
}) satisfies z.ZodType<AgendaCaseView>;

const meetingSummaryFields = {
  id: z.uuid(),
  teamId: z.uuid(),
  heldOn: z.iso.date(),
  status: z.string(),
  scheduledAt: timestamp,
  finalisedAt: timestamp.nullable(),
  finalisedBy: person.nullable(),
};

export const meetingSummaryViewSchema = z
  .object(meetingSummaryFields)
  .meta({ id: 'MeetingSummary' }) satisfies z.ZodType<MeetingSummaryView>;

/** The minutes as one reader sees them: each agenda case and amendment with the fields they may see. */
export const minutesViewSchema = z
  .object({
    ...meetingSummaryFields,
    agenda: z.array(redactedSchema(agendaCaseViewSchema).meta({ id: 'AgendaCaseForReader' })),
    amendments: z.array(redactedSchema(amendmentViewSchema).meta({ id: 'AmendmentForReader' })),
  })
  .meta({ id: 'Minutes' }) satisfies z.ZodType<MinutesView>;

export const ownTaskViewSchema = z
  .object({ ...taskFields, decision: z.string() })
  .meta({ id: 'OwnTask' }) satisfies z.ZodType<OwnTaskView>;

export const ownTaskForReaderSchema = redactedSchema(ownTaskViewSchema).meta({ id: 'OwnTaskForReader' });
