import { Inject, Injectable } from '@nestjs/common';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { CASELOAD_RULES } from './caseload-rules.provider.js';
import { caseloadLimitOn, teamCaseload, type CaseloadRules, type TeamCaseload } from './caseload.domain.js';

export interface WorkerCaseload {
  userId: string;
  openCases: number;
  limit: number;
  overLimit: boolean;
}

@Injectable()
export class CaseloadService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(CASELOAD_RULES) private readonly rules: CaseloadRules,
  ) {}

  /** Whose caseload the caller may see, `@CaseloadAccess()` decides. */
  async ofWorker(userId: string): Promise<WorkerCaseload> {
    const [{ n }] = await this.dataSource.query("SELECT count(*)::int AS n FROM child_case WHERE responsible_worker_id = $1 AND status = 'open'", [userId]);
    const limit = caseloadLimitOn(finnishDate(this.clock.now()), this.rules);
    return { userId, openCases: n, limit, overLimit: n > limit };
  }

  /** A team's caseload: each social worker's open cases against the statutory limit (counts only). */
  async ofTeam(teamId: string): Promise<TeamCaseload & { byWorker: Array<{ userId: string; openCases: number }> }> {
    const rows: Array<{ user_id: string; n: number }> = await this.dataSource.query(
      `SELECT m.user_id, count(c.id)::int AS n FROM systemic_team_member m
         LEFT JOIN child_case c ON c.responsible_worker_id = m.user_id AND c.status = 'open'
       WHERE m.team_id = $1 AND m.team_role = 'social-worker' AND m.removed_at IS NULL
       GROUP BY m.user_id ORDER BY m.user_id`,
      [teamId],
    );
    const byWorker = rows.map((row) => ({ userId: row.user_id, openCases: row.n }));
    return { ...teamCaseload(byWorker, finnishDate(this.clock.now()), this.rules), byWorker };
  }
}
