import { agendaCaseFields, amendmentFields, commonSight, redact, sightOn, type CaseReader, type Redacted } from '@yhdessa/access';
import type { TeamRole } from '../team-record/team-member.entity.js';
import type { MeetingAmendmentEntity } from './meeting-amendment.entity.js';
import type { MeetingDecisionEntity } from './meeting-decision.entity.js';
import type { MeetingNoteEntity } from './meeting-note.entity.js';
import type { MeetingTaskEntity } from './meeting-task.entity.js';
import type { MeetingEntity } from './meeting.entity.js';

export interface SpeakerView {
  userId: string;
  displayName: string;
  teamRole: TeamRole;
}

export interface NoteView {
  id: string;
  text: string;
  /** Who said it, in which team role: a clinician's reflection shows as the clinician's. */
  author: SpeakerView;
  recordedById: string;
  recordedAt: string;
  editedAt: string | null;
}

export interface TaskView {
  taskId: string;
  decisionId: string;
  meetingId: string;
  caseId: string;
  owner: { userId: string; displayName: string };
  dueOn: string;
  status: string;
  statusChangedAt: string;
}

/** A task with the decision it came from, as its owner or their team's coordinator sees it. */
export interface OwnTaskView extends TaskView {
  decision: string;
}

export interface DecisionView {
  id: string;
  text: string;
  recordedById: string;
  recordedAt: string;
  editedAt: string | null;
  task: TaskView | null;
}

export interface AmendmentView {
  id: string;
  caseIds: string[];
  text: string;
  author: SpeakerView;
  amendedAt: string;
}

export interface AgendaCaseView {
  position: number;
  caseId: string;
  childName: string | null;
  responsibleWorker: { userId: string; displayName: string };
  hypotheses: NoteView[];
  reflections: NoteView[];
  decisions: DecisionView[];
}

export interface MeetingSummaryView {
  id: string;
  teamId: string;
  heldOn: string;
  status: string;
  scheduledAt: string;
  finalisedAt: string | null;
  finalisedBy: { userId: string; displayName: string } | null;
}

export interface MeetingView extends MeetingSummaryView {
  agenda: AgendaCaseView[];
  amendments: AmendmentView[];
}

/** The minutes as one reader sees them (`minutesFor`). */
export interface MinutesView extends MeetingSummaryView {
  agenda: Array<Redacted<AgendaCaseView>>;
  amendments: Array<Redacted<AmendmentView>>;
}

export const toMeetingSummaryView = (meeting: MeetingEntity): MeetingSummaryView => ({
  id: meeting.id,
  teamId: meeting.teamId,
  heldOn: meeting.heldOn,
  status: meeting.status,
  scheduledAt: meeting.scheduledAt.toISOString(),
  finalisedAt: meeting.finalisedAt?.toISOString() ?? null,
  finalisedBy: meeting.finalisedById ? { userId: meeting.finalisedById, displayName: meeting.finalisedByName ?? '' } : null,
});

export const toNoteView = (note: MeetingNoteEntity): NoteView => ({
  id: note.id,
  text: note.text,
  author: { userId: note.authorId, displayName: note.authorName, teamRole: note.authorTeamRole },
  recordedById: note.recordedById,
  recordedAt: note.recordedAt.toISOString(),
  editedAt: note.editedAt?.toISOString() ?? null,
});

export const toTaskView = (task: MeetingTaskEntity): TaskView => ({
  taskId: task.id,
  decisionId: task.decisionId,
  meetingId: task.meetingId,
  caseId: task.caseId,
  owner: { userId: task.ownerId, displayName: task.ownerName },
  dueOn: task.dueOn,
  status: task.status,
  statusChangedAt: task.statusChangedAt.toISOString(),
});

export const toDecisionView = (decision: MeetingDecisionEntity, task: MeetingTaskEntity | undefined): DecisionView => ({
  id: decision.id,
  text: decision.text,
  recordedById: decision.recordedById,
  recordedAt: decision.recordedAt.toISOString(),
  editedAt: decision.editedAt?.toISOString() ?? null,
  task: task ? toTaskView(task) : null,
});

export const toAmendmentView = (amendment: MeetingAmendmentEntity): AmendmentView => ({
  id: amendment.id,
  caseIds: amendment.caseIds,
  text: amendment.text,
  author: { userId: amendment.authorId, displayName: amendment.authorName, teamRole: amendment.authorTeamRole },
  amendedAt: amendment.amendedAt.toISOString(),
});

/**
 * The minutes as one reader sees them: each agenda case by what they see of that case (a case that
 * has left the team keeps its place on the agenda, without its content); an amendment by what they
 * see on every case it concerns.
 */
export function minutesFor(minutes: MeetingView, readers: ReadonlyMap<string, CaseReader>): MinutesView {
  return {
    ...minutes,
    agenda: minutes.agenda.map((item) => redact(item, agendaCaseFields, sightOn(readers, item.caseId))),
    amendments: minutes.amendments.map((amendment) =>
      redact(amendment, amendmentFields, commonSight(amendment.caseIds.map((caseId) => sightOn(readers, caseId)))),
    ),
  };
}
