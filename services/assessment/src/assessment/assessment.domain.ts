import type { CareTeamMembership } from '@yhdessa/care-team';
import { isActiveOn } from '@yhdessa/care-team';
import { AssessmentError, AssessmentErrorCode } from '../assessment-record/assessment.error.js';

export interface StartCaller {
  userId: string;
  agency: string;
  roles: readonly string[];
}

export interface InvitationRequest {
  userId: string;
  dueOn: string;
}

/** Who is invited: a member of the care team as the projection knows them, and the day their view is due. */
export interface Invitee {
  userId: string;
  displayName: string;
  agency: string;
  participantKind: string;
  roleInCase: string;
  dueOn: string;
}

/**
 * Who may start an assessment and whom it invites. The lead is a child-protection social worker on
 * the care team (the responsible worker starts it); each invitee an active member of the care team,
 * of any agency, the guardians and the child included, once each, never the lead, with a due date
 * from today on.
 */
export function decideStart(input: {
  caller: StartCaller;
  members: readonly CareTeamMembership[];
  invitations: readonly InvitationRequest[];
  today: string;
}): Invitee[] {
  const { caller, members, today } = input;
  const active = members.filter((member) => isActiveOn(member, today));
  const lead = active.find((member) => member.userId === caller.userId);
  if (
    !lead ||
    lead.participantKind !== 'professional' ||
    lead.agency !== 'child-protection' ||
    !caller.roles.includes('cp-social-worker')
  ) {
    throw new AssessmentError(
      AssessmentErrorCode.LeadNotEntitled,
      "An assessment is started by the child's social worker on the care team.",
    );
  }
  const seen = new Set<string>();
  return input.invitations.map((request, index) => {
    const member = active.find((candidate) => candidate.userId === request.userId);
    if (!member) {
      throw new AssessmentError(AssessmentErrorCode.InviteeNotOnCareTeam, 'Only members of the care team can be invited.', {
        errors: [{ path: `invitations.${index}.userId`, message: 'not on the care team' }],
      });
    }
    if (member.userId === caller.userId || seen.has(member.userId)) {
      throw new AssessmentError(AssessmentErrorCode.InviteeTwice, 'Each person is invited once, and the lead not at all.', {
        errors: [{ path: `invitations.${index}.userId`, message: 'invited already' }],
      });
    }
    if (request.dueOn < today) {
      throw new AssessmentError(AssessmentErrorCode.DueDateInPast, 'A due date is today or later.', {
        errors: [{ path: `invitations.${index}.dueOn`, message: 'in the past' }],
      });
    }
    seen.add(member.userId);
    return {
      userId: member.userId,
      displayName: member.displayName,
      agency: member.agency,
      participantKind: member.participantKind,
      roleInCase: member.roleInCase,
      dueOn: request.dueOn,
    };
  });
}

export type InvitationProgress = 'not-started' | 'draft' | 'submitted';

/** What the lead sees of an invitee's view: how far it is, never a draft's content; overdue from the day after it was due. */
export function invitationProgress(
  invitation: { dueOn: string },
  contribution: { version: number; submittedAt: Date | null } | null,
  today: string,
): { progress: InvitationProgress; overdue: boolean } {
  const progress: InvitationProgress = !contribution ? 'not-started' : contribution.submittedAt ? 'submitted' : 'draft';
  return { progress, overdue: progress !== 'submitted' && today > invitation.dueOn };
}
