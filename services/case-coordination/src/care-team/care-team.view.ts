import type { CareTeamMemberEntity } from '../case-record/care-team-member.entity.js';

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
