import { Inject, Injectable } from '@nestjs/common';
import { Clock, finnishDate } from '@yhdessa/platform';
import { CASELOAD_RULES } from './caseload-rules.provider.js';
import { caseloadLimitOn, teamCaseload, type CaseloadRules, type TeamCaseload } from './caseload.domain.js';
import { CaseloadRepository } from './caseload.repository.js';

export interface WorkerCaseload {
  userId: string;
  openCases: number;
  limit: number;
  overLimit: boolean;
}

@Injectable()
export class CaseloadService {
  constructor(
    private readonly caseloads: CaseloadRepository,
    private readonly clock: Clock,
    @Inject(CASELOAD_RULES) private readonly rules: CaseloadRules,
  ) {}

  /** Whose caseload the caller may see, `@CaseloadAccess()` decides. */
  async ofWorker(userId: string): Promise<WorkerCaseload> {
    const n = await this.caseloads.count(userId);
    const limit = caseloadLimitOn(finnishDate(this.clock.now()), this.rules);
    return { userId, openCases: n, limit, overLimit: n > limit };
  }

  /** A team's caseload: each social worker's open cases against the statutory limit (counts only). */
  async ofTeam(teamId: string): Promise<TeamCaseload & { byWorker: Array<{ userId: string; openCases: number }> }> {
    const byWorker = await this.caseloads.ofTeamSocialWorkers(teamId);
    return { ...teamCaseload(byWorker, finnishDate(this.clock.now()), this.rules), byWorker };
  }
}
