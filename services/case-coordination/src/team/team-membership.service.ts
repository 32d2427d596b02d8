import { Injectable } from '@nestjs/common';
import { IsNull, type EntityManager } from 'typeorm';
import { TeamMemberEntity } from './team-member.entity.js';

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

/** Who is on a team, and which cases are the team's: what teams and meetings authorise and build agendas by. */
@Injectable()
export class TeamMembershipService {
  async activeMember(manager: EntityManager, teamId: string, userId: string): Promise<TeamMemberEntity | null> {
    return manager.findOneBy(TeamMemberEntity, { teamId, userId, removedAt: IsNull() });
  }

  /** The teams a user is on now, as their memberships. */
  async activePlaces(manager: EntityManager, userId: string): Promise<TeamMemberEntity[]> {
    return manager.findBy(TeamMemberEntity, { userId, removedAt: IsNull() });
  }

  async activeMembers(manager: EntityManager, teamId: string): Promise<TeamMemberEntity[]> {
    return manager.find(TeamMemberEntity, { where: { teamId, removedAt: IsNull() }, order: { joinedAt: 'ASC' } });
  }

  async teamCases(manager: EntityManager, teamId: string): Promise<TeamCaseRow[]> {
    const rows: TeamCaseRecord[] = await manager.query(
      `SELECT c.id AS case_id, c.opened_at, c.responsible_worker_id, c.responsible_worker_name,
              (SELECT min(d.due_on)::text FROM case_deadline d WHERE d.case_id = c.id AND d.met_at IS NULL) AS nearest_deadline
         FROM child_case c
         JOIN systemic_team_member m
           ON m.user_id = c.responsible_worker_id AND m.team_id = $1 AND m.team_role = 'social-worker' AND m.removed_at IS NULL
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
