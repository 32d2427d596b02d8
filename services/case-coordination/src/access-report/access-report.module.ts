import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { CaseRecordModule } from '../case-record/case-record.module.js';
import { AccessReportController } from './access-report.controller.js';
import { AccessReportProjection } from './access-report.projection.js';
import { AccessReportRepository } from './access-report.repository.js';
import { AccessReportService } from './access-report.service.js';

/**
 * "Who has looked at our information" (Act on client data 703/2023): every service's audit records
 * about a case, merged from `audit.records` into the case's access report, for the guardians, the
 * young person and the responsible worker. Its route is audited like every read, so reading the
 * report shows in it too.
 */
@Module({
  imports: [CaseRecordModule],
  controllers: [AccessReportController],
  providers: [Clock, AccessReportRepository, AccessReportProjection, AccessReportService],
})
export class AccessReportModule {}
