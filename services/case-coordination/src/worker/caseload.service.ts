import { Inject, Injectable } from '@nestjs/common';
import { Clock, finnishDate } from '@yhdessa/platform';
import { CASELOAD_RULES } from './caseload-rules.provider.js';
import { caseloadLimitOn, teamCaseload, type CaseloadRules } from './caseload.domain.js';
import { CaseloadRepository } from './caseload.repository.js';
import type { TeamCaseloadView, WorkerCaseload } from './caseload.view.js';

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
  async ofTeam(teamId: string): Promise<TeamCaseloadView> {
    const byWorker = await this.caseloads.ofTeamSocialWorkers(teamId);
    return { ...teamCaseload(byWorker, finnishDate(this.clock.now()), this.rules), byWorker };
  }
}
