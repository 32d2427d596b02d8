import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { CommonError, CommonErrorCode, Clock } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { DEADLINE_RULES } from '../deadlines/deadline-rules.provider.js';
import { finnishDate } from '../deadlines/finnish-date.util.js';
import type { DeadlineRules } from '../deadlines/statutory-deadlines.domain.js';
import { caseloadLimitOn } from './caseload.domain.js';

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
    @Inject(DEADLINE_RULES) private readonly rules: DeadlineRules,
  ) {}

  /** A social worker sees their own; coordinators and managers see anyone's. */
  async ofWorker(userId: string, caller: AuthenticatedUser): Promise<WorkerCaseload> {
    const manages = caller.roles.some((role) => role === 'team-coordinator' || role === 'service-manager');
    if (!manages && caller.userId !== userId) throw new CommonError(CommonErrorCode.Forbidden, 'Only your own caseload.');
    const [{ n }] = await this.dataSource.query("SELECT count(*)::int AS n FROM child_case WHERE responsible_worker_id = $1 AND status = 'open'", [userId]);
    const limit = caseloadLimitOn(finnishDate(this.clock.now()), this.rules);
    return { userId, openCases: n, limit, overLimit: n > limit };
  }
}
