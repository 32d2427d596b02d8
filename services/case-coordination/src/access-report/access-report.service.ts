import { Injectable } from '@nestjs/common';
import { CaseAccessError, type CaseReader } from '@yhdessa/access';
import { Clock, finnishDate } from '@yhdessa/platform';
import { CaseRepository } from '../case-record/case.repository.js';
import type { AccessReportQuery } from './access-report.commands.js';
import { mayReadAccessReport } from './access-report.domain.js';
import { AccessReportRepository } from './access-report.repository.js';
import type { AccessReportPage } from './access-report.view.js';

@Injectable()
export class AccessReportService {
  constructor(
    private readonly cases: CaseRepository,
    private readonly entries: AccessReportRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * A page of who has looked at the child's data, newest first. Only for those the report is for
   * (`mayReadAccessReport`): anyone else who reads the case gets the 404 of a case that does not exist.
   */
  async forReader(caseId: string, reader: CaseReader, query: AccessReportQuery): Promise<AccessReportPage> {
    const kase = await this.cases.find(caseId);
    if (!mayReadAccessReport(reader, kase.childDateOfBirth, finnishDate(this.clock.now()))) throw CaseAccessError.caseNotFound();
    const entries = await this.entries.page(caseId, query.limit + 1, query.before);
    const page = entries.slice(0, query.limit);
    return { entries: page, nextBefore: entries.length > query.limit ? page[page.length - 1]!.recordId : null };
  }
}
