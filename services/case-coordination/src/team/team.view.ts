import type { TeamMemberEntity } from '../team-record/team-member.entity.js';
import type { TeamRole } from '../team-record/team-member.entity.js';
import type { TeamCaseRow } from '../team-record/team-membership.repository.js';
import type { TeamEntity } from '../team-record/team.entity.js';

export interface TeamMemberView {
  memberId: string;
  userId: string;
  displayName: string;
  teamRole: TeamRole;
  joinedAt: string;
}

export interface TeamView {
  id: string;
  name: string;
  createdAt: string;
  members: TeamMemberView[];
}

export interface TeamCaseView {
  caseId: string;
  responsibleWorker: { userId: string; displayName: string };
  openedAt: string;
  nearestDeadline: string | null;
}

export const toTeamMemberView = (member: TeamMemberEntity): TeamMemberView => ({
  memberId: member.memberId,
  userId: member.userId,
  displayName: member.displayName,
  teamRole: member.teamRole,
  joinedAt: member.joinedAt.toISOString(),
});

export const toTeamView = (team: TeamEntity, members: readonly TeamMemberEntity[]): TeamView => ({
  id: team.id,
  name: team.name,
  createdAt: team.createdAt.toISOString(),
  members: members.map(toTeamMemberView),
});

export const toTeamCaseView = (row: TeamCaseRow): TeamCaseView => ({
  caseId: row.caseId,
  responsibleWorker: { userId: row.responsibleWorkerId, displayName: row.responsibleWorkerName },
  openedAt: row.openedAt.toISOString(),
  nearestDeadline: row.nearestDeadline,
});
