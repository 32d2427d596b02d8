import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { teamSocialWorkerSql } from '../team-record/team-membership.repository.js';

export interface WorkerOpenCases {
  userId: string;
  openCases: number;
}

/**
 * A responsible worker's caseload: the open cases they are responsible for, each a child client
 * (LSL 13 b §). The one place it is counted, and locked for a change.
 */
@Injectable()
export class CaseloadRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes the worker's caseload lock until the transaction ends, then counts: so two transactions that
   * each give the worker one more child (opening, reopening, handing over) cannot both pass the limit.
   * Lock order: a transaction takes at most one such lock, after any case row lock it holds.
   */
  async lockAndCount(manager: EntityManager, workerId: string): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`caseload:${workerId}`]);
    return this.count(workerId, manager);
  }

  async count(workerId: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ n }] = await manager.query(
      "SELECT count(*)::int AS n FROM child_case WHERE responsible_worker_id = $1 AND status = 'open'",
      [workerId],
    );
    return n;
  }

  /** Each active social worker of a systemic team with their open cases, by user id. */
  async ofTeamSocialWorkers(teamId: string): Promise<WorkerOpenCases[]> {
    const rows: Array<{ user_id: string; n: number }> = await this.dataSource.query(
      `SELECT m.user_id, count(c.id)::int AS n FROM systemic_team_member m
         LEFT JOIN child_case c ON c.responsible_worker_id = m.user_id AND c.status = 'open'
       WHERE m.team_id = $1 AND ${teamSocialWorkerSql('m')}
       GROUP BY m.user_id ORDER BY m.user_id`,
      [teamId],
    );
    return rows.map((row) => ({ userId: row.user_id, openCases: row.n }));
  }
}
