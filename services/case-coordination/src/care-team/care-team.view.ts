import type { CareTeamMemberEntity } from '../case-record/care-team-member.entity.js';

/**
 * The role the service gives the case's responsible social worker on the care team (opening a case,
 * handing it over): a code, not words to show; the reader's app words it in the reader's language, and
 * client-plan knows the responsible worker by it. Any other role is what a person wrote when adding the member.
 */
export const responsibleWorkerRole = 'responsible social worker';

/** A member of the case's care team; `active`: not removed (whatever the dates). */
export type CareTeamMemberView = Omit<CareTeamMemberEntity, 'removedAt' | 'removalReason'> & { active: boolean };

export const toCareTeamMemberView = (member: CareTeamMemberEntity): CareTeamMemberView => ({
  memberId: member.memberId,
  caseId: member.caseId,
  userId: member.userId,
  displayName: member.displayName,
  agency: member.agency,
  participantKind: member.participantKind,
  roleInCase: member.roleInCase,
  since: member.since,
  until: member.until,
  active: member.removedAt === null,
});
