import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { TeamMemberEntity } from './team-member.entity.js';

/** SQL: the systemic_team_member row `s` is a member of its team now: not removed. */
export const activeTeamMemberSql = (s: string): string => `${s}.removed_at IS NULL`;

/** SQL: the row `s` sits on its team as a social worker now: the team's cases are those its social workers are responsible for. */
export const teamSocialWorkerSql = (s: string): string => `(${s}.team_role = 'social-worker' AND ${activeTeamMemberSql(s)})`;

/** `activeTeamMemberSql` for TypeORM's find options. */
const active = { removedAt: IsNull() };

/** An open case of a team: its responsible worker is a social worker on the team. */
export interface TeamCaseRow {
  caseId: string;
  openedAt: Date;
  responsibleWorkerId: string;
  responsibleWorkerName: string;
  /** ISO date of the case's nearest unmet statutory deadline, or null. */
  nearestDeadline: string | null;
}

interface TeamCaseRecord {
  case_id: string;
  opened_at: Date;
  responsible_worker_id: string;
  responsible_worker_name: string;
  nearest_deadline: string | null;
}

/**
 * Who is on a systemic team, and which cases are the team's: what teams, meetings, caseloads, deadlines
 * and case access authorise and build agendas by.
 */
@Injectable()
export class TeamMembershipRepository {
  async activeMember(manager: EntityManager, teamId: string, userId: string): Promise<TeamMemberEntity | null> {
    return manager.findOneBy(TeamMemberEntity, { teamId, userId, ...active });
  }

  /** A membership of the team by its id, while it lasts. */
  async activeMembership(manager: EntityManager, teamId: string, memberId: string): Promise<TeamMemberEntity | null> {
    return manager.findOneBy(TeamMemberEntity, { teamId, memberId, ...active });
  }

  /** The teams a user is on now, as their memberships. */
  async activePlaces(manager: EntityManager, userId: string): Promise<TeamMemberEntity[]> {
    return manager.findBy(TeamMemberEntity, { userId, ...active });
  }

  async activeMembers(manager: EntityManager, teamId: string): Promise<TeamMemberEntity[]> {
    return manager.find(TeamMemberEntity, { where: { teamId, ...active }, order: { joinedAt: 'ASC' } });
  }

  /** Whether the user sits on a systemic team as a social worker (a coordinator or service manager put them there). */
  async isSocialWorkerOnATeam(manager: EntityManager, userId: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM systemic_team_member s WHERE s.user_id = $1 AND ${teamSocialWorkerSql('s')} LIMIT 1`,
      [userId],
    );
    return rows.length > 0;
  }

  async teamCases(manager: EntityManager, teamId: string): Promise<TeamCaseRow[]> {
    const rows: TeamCaseRecord[] = await manager.query(
      `SELECT c.id AS case_id, c.opened_at, c.responsible_worker_id, c.responsible_worker_name,
              (SELECT min(d.due_on)::text FROM case_deadline d WHERE d.case_id = c.id AND d.met_at IS NULL) AS nearest_deadline
         FROM child_case c
         JOIN systemic_team_member m
           ON m.user_id = c.responsible_worker_id AND m.team_id = $1 AND ${teamSocialWorkerSql('m')}
        WHERE c.status = 'open'
        ORDER BY c.opened_at, c.id`,
      [teamId],
    );
    return rows.map((row) => ({
      caseId: row.case_id,
      openedAt: row.opened_at,
      responsibleWorkerId: row.responsible_worker_id,
      responsibleWorkerName: row.responsible_worker_name,
      nearestDeadline: row.nearest_deadline,
    }));
  }
}
