import { Inject, Injectable } from '@nestjs/common';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DEADLINE_RULES } from '../deadlines/deadline-rules.provider.js';
import type { DeadlineRules } from '../deadlines/statutory-deadlines.domain.js';
import { CASELOAD_RULES } from '../worker/caseload-rules.provider.js';
import type { CaseloadRules } from '../worker/caseload.domain.js';
import { caseloadOverview, type CaseloadOverview } from './caseload-overview.domain.js';
import { CaseloadOverviewRepository } from './caseload-overview.repository.js';

@Injectable()
export class CaseloadOverviewService {
  constructor(
    private readonly counts: CaseloadOverviewRepository,
    private readonly clock: Clock,
    @Inject(CASELOAD_RULES) private readonly caseloadRules: CaseloadRules,
    @Inject(DEADLINE_RULES) private readonly deadlineRules: DeadlineRules,
  ) {}

  /** Today's caseloads and overdue deadlines, for the service manager: counts only. */
  async today(): Promise<CaseloadOverview> {
    const [workers, teams, unmetDeadlines] = await Promise.all([
      this.counts.openCasesByWorker(),
      this.counts.teamsWithSocialWorkers(),
      this.counts.unmetDeadlinesByWorker(),
    ]);
    return caseloadOverview({
      workers,
      teams,
      unmetDeadlines,
      on: finnishDate(this.clock.now()),
      caseloadRules: this.caseloadRules,
      deadlineRules: this.deadlineRules,
    });
  }
}
