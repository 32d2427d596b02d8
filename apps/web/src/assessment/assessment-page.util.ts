import type { components } from '../api/assessment.openapi.js';
import { roleInCaseText } from '../case/care-team-role.util.js';

export type Assessment = components['schemas']['Assessment'];
export type Invitation = components['schemas']['AssessmentInvitation'];

interface Me {
  userId: string;
  roles: readonly string[];
}

/**
 * Where the reader goes from an assessment: an invitee to give their view (the child to the
 * child's own form), the lead to the synthesis. A completed assessment takes no more views.
 */
export function assessmentLinks(
  assessment: Pick<Assessment, 'status' | 'lead' | 'myInvitationId' | 'invitations'>,
  me: Me,
): { contribute: boolean; myView: boolean; synthesis: boolean } {
  const mine = assessment.invitations.find((invitation) => invitation.invitationId === assessment.myInvitationId);
  const invited = mine !== undefined && assessment.status === 'open';
  const child = mine?.participantKind === 'child';
  return {
    contribute: invited && !child,
    myView: invited && child,
    synthesis: assessment.lead.userId === me.userId && me.roles.includes('cp-social-worker'),
  };
}

/** An invitee's agency and role in the case in the reader's words (`koulu, luokanopettaja`). */
export function invitationRole(
  invitation: Pick<Invitation, 'agency' | 'roleInCase' | 'participantKind'>,
  t: (key: string) => string,
): string {
  const parts = [
    invitation.agency ? t(`agency.${invitation.agency}`) : null,
    roleInCaseText(invitation.roleInCase, t) || null,
    invitation.participantKind !== 'professional' ? t(`participantKind.${invitation.participantKind}`) : null,
  ].filter((part): part is string => Boolean(part));
  return [...new Set(parts)].join(', ');
}

/** Whose view the lead may record with them (LSL 30 §): the child's, while it is not yet given. */
export const recordsWithChild = (invitation: Pick<Invitation, 'participantKind' | 'progress'>): boolean =>
  invitation.participantKind === 'child' && invitation.progress !== 'submitted';
