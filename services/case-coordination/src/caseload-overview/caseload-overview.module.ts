import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { CaseloadOverviewController } from './caseload-overview.controller.js';
import { CaseloadOverviewRepository } from './caseload-overview.repository.js';
import { CaseloadOverviewService } from './caseload-overview.service.js';

/** The service manager's overview of caseloads and overdue deadlines: counts only, read straight from the records. */
@Module({
  controllers: [CaseloadOverviewController],
  providers: [Clock, CaseloadOverviewRepository, CaseloadOverviewService],
})
export class CaseloadOverviewModule {}
