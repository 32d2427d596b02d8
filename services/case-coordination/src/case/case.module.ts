import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { AccessModule } from '../access/access.module.js';
import { CareTeamModule } from '../care-team/care-team.module.js';
import { CaseRecordModule } from '../case-record/case-record.module.js';
import { DeadlinesModule } from '../deadlines/deadlines.module.js';
import { WorkerModule } from '../worker/worker.module.js';
import { CaseController } from './case.controller.js';
import { CaseService } from './case.service.js';

/**
 * A child's case: opened from a notification, referral or application, closed and reopened, read and
 * listed. Opening puts together what other features own: the responsible worker within the caseload
 * limit, their place on the care team, and the law's clocks.
 */
@Module({
  imports: [CaseRecordModule, AccessModule, WorkerModule, CareTeamModule, DeadlinesModule],
  controllers: [CaseController],
  providers: [Clock, CaseService],
  exports: [CaseService],
})
export class CaseModule {}
