import type { AddendumRecord, InvitationRecord } from '../assessment-record/assessment-record.js';
import type { Answers } from '../assessment-record/answers.schema.js';

export interface AddendumView {
  addendumId: string;
  text: string;
  addedAt: string;
  addedBy: { userId: string; displayName: string };
}

/** One's own view, draft or submitted, with its version for the next save. */
export interface ContributionView {
  invitationId: string;
  assessmentId: string;
  participantKind: string;
  informationClass: string;
  dueOn: string;
  answers: Answers | null;
  version: number;
  savedAt: string | null;
  submittedAt: string | null;
  recordedBy: { userId: string; displayName: string; how: string } | null;
  addenda: AddendumView[];
}

export const toAddendumView = (addendum: AddendumRecord): AddendumView => ({
  addendumId: addendum.id,
  text: addendum.text,
  addedAt: addendum.addedAt.toISOString(),
  addedBy: { userId: addendum.addedByUserId, displayName: addendum.addedByName },
});

export const toContributionView = (invitation: InvitationRecord, addenda: readonly AddendumRecord[]): ContributionView => ({
  invitationId: invitation.id,
  assessmentId: invitation.assessmentId,
  participantKind: invitation.participantKind,
  informationClass: invitation.informationClass,
  dueOn: invitation.dueOn,
  answers: invitation.answers,
  version: invitation.version,
  savedAt: invitation.savedAt ? invitation.savedAt.toISOString() : null,
  submittedAt: invitation.submittedAt ? invitation.submittedAt.toISOString() : null,
  recordedBy:
    invitation.recordedByUserId && invitation.recordedHow
      ? { userId: invitation.recordedByUserId, displayName: invitation.recordedByName ?? '', how: invitation.recordedHow }
      : null,
  addenda: addenda.filter((addendum) => addendum.invitationId === invitation.id).map(toAddendumView),
});
