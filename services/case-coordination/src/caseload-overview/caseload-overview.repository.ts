import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { teamSocialWorkerSql } from '../team-record/team-membership.repository.js';
import type { TeamSocialWorkers, UnmetDeadlineCount, WorkerOpenCaseCount } from './caseload-overview.domain.js';

/**
 * The counts behind the service manager's overview, grouped in the database so that no case, child
 * or identity ever leaves it: open cases per responsible worker, the systemic teams' social workers,
 * and unmet deadlines of open cases per worker, kind and due day.
 */
@Injectable()
export class CaseloadOverviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  async openCasesByWorker(): Promise<WorkerOpenCaseCount[]> {
    const rows: Array<{ user_id: string; display_name: string; n: number }> = await this.dataSource.query(
      `SELECT responsible_worker_id AS user_id, max(responsible_worker_name) AS display_name, count(*)::int AS n
         FROM child_case WHERE status = 'open' GROUP BY responsible_worker_id`,
    );
    return rows.map((row) => ({ userId: row.user_id, displayName: row.display_name, openCases: row.n }));
  }

  /** Every systemic team with its active social workers (none for a team without them). */
  async teamsWithSocialWorkers(): Promise<TeamSocialWorkers[]> {
    const rows: Array<{ team_id: string; name: string; user_id: string | null; display_name: string | null }> =
      await this.dataSource.query(
        `SELECT t.id AS team_id, t.name, m.user_id, m.display_name
           FROM systemic_team t
           LEFT JOIN systemic_team_member m ON m.team_id = t.id AND ${teamSocialWorkerSql('m')}
          ORDER BY t.id, m.joined_at`,
      );
    const teams = new Map<string, TeamSocialWorkers & { socialWorkers: Array<{ userId: string; displayName: string }> }>();
    for (const row of rows) {
      const team = teams.get(row.team_id) ?? { teamId: row.team_id, name: row.name, socialWorkers: [] };
      teams.set(row.team_id, team);
      if (row.user_id !== null) team.socialWorkers.push({ userId: row.user_id, displayName: row.display_name ?? '' });
    }
    return [...teams.values()];
  }

  async unmetDeadlinesByWorker(): Promise<UnmetDeadlineCount[]> {
    const rows: Array<{ user_id: string; kind: UnmetDeadlineCount['kind']; due_on: string; n: number }> =
      await this.dataSource.query(
        `SELECT c.responsible_worker_id AS user_id, d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS due_on, count(*)::int AS n
           FROM case_deadline d JOIN child_case c ON c.id = d.case_id
          WHERE c.status = 'open' AND d.met_at IS NULL
          GROUP BY c.responsible_worker_id, d.kind, d.due_on`,
      );
    return rows.map((row) => ({ userId: row.user_id, kind: row.kind, dueOn: row.due_on, count: row.n }));
  }
}
