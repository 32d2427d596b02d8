import type { AssessmentRecord, InvitationRecord } from '../assessment-record/assessment-record.js';
import type { Frame } from '../frame/frame.domain.js';
import { invitationProgress, type InvitationProgress } from './assessment.domain.js';

export interface InvitationView {
  invitationId: string;
  userId: string;
  displayName: string;
  agency: string;
  participantKind: string;
  roleInCase: string;
  informationClass: string;
  dueOn: string;
  /** How far the view is: never a draft's content. */
  progress: InvitationProgress;
  overdue: boolean;
  submittedAt: string | null;
  /** Set when a worker recorded the child's view with the child. */
  recordedBy: { userId: string; displayName: string; how: string } | null;
}

export interface AssessmentView {
  assessmentId: string;
  caseId: string;
  kind: string;
  status: 'open' | 'completed';
  frame: Frame;
  blindUntilSubmitted: boolean;
  lead: { userId: string; displayName: string };
  startedAt: string;
  completedAt: string | null;
  invitations: InvitationView[];
  /** The reader's own invitation, when they are invited. */
  myInvitationId: string | null;
}

export const toInvitationView = (invitation: InvitationRecord, today: string): InvitationView => ({
  invitationId: invitation.id,
  userId: invitation.userId,
  displayName: invitation.displayName,
  agency: invitation.agency,
  participantKind: invitation.participantKind,
  roleInCase: invitation.roleInCase,
  informationClass: invitation.informationClass,
  dueOn: invitation.dueOn,
  ...invitationProgress(invitation, invitation.version > 0 ? invitation : null, today),
  submittedAt: invitation.submittedAt ? invitation.submittedAt.toISOString() : null,
  recordedBy:
    invitation.recordedByUserId && invitation.recordedHow
      ? { userId: invitation.recordedByUserId, displayName: invitation.recordedByName ?? '', how: invitation.recordedHow }
      : null,
});

export function toAssessmentView(
  assessment: AssessmentRecord,
  invitations: readonly InvitationRecord[],
  readerUserId: string,
  today: string,
): AssessmentView {
  return {
    assessmentId: assessment.id,
    caseId: assessment.caseId,
    kind: assessment.kind,
    status: assessment.status,
    frame: assessment.frame,
    blindUntilSubmitted: assessment.blindUntilSubmitted,
    lead: { userId: assessment.leadUserId, displayName: assessment.leadName },
    startedAt: assessment.startedAt.toISOString(),
    completedAt: assessment.completedAt ? assessment.completedAt.toISOString() : null,
    invitations: invitations.map((invitation) => toInvitationView(invitation, today)),
    myInvitationId: invitations.find((invitation) => invitation.userId === readerUserId)?.id ?? null,
  };
}

/** An open invitation on the invitee's home. */
export interface MyInvitationView {
  invitationId: string;
  assessmentId: string;
  caseId: string;
  kind: string;
  leadName: string;
  dueOn: string;
  progress: InvitationProgress;
  overdue: boolean;
}

/** An open assessment on its lead's home: who has answered, who is late, and whether the child raised a safety concern. */
export interface LedAssessmentView {
  assessmentId: string;
  caseId: string;
  kind: string;
  startedAt: string;
  invited: number;
  submitted: number;
  overdue: number;
  /** Who is late with their view (due before today, not submitted), soonest due first: the worker's to follow up. */
  overdueInvitations: Array<{ invitationId: string; displayName: string; participantKind: string; dueOn: string }>;
  /** Urgent: the child said they do not feel safe. */
  safetyConcern: boolean;
}
