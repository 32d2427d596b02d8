import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { AccessModule } from '../access/access.module.js';
import { CareTeamModule } from '../care-team/care-team.module.js';
import { CaseRecordModule } from '../case-record/case-record.module.js';
import { TeamRecordModule } from '../team-record/team-record.module.js';
import { TeamModule } from '../team/team.module.js';
import { CaseloadAccessPolicy } from './caseload-access.policy.js';
import { CaseloadController } from './caseload.controller.js';
import { CaseloadRepository } from './caseload.repository.js';
import { CaseloadService } from './caseload.service.js';
import { HandoverController } from './handover.controller.js';
import { HandoverService } from './handover.service.js';
import { ResponsibleWorkerService } from './responsible-worker.service.js';

/**
 * The responsible worker: handovers and caseloads against the statutory limit. Exports the rules every
 * path that makes a child someone's client goes through (opening and reopening a case too).
 */
@Module({
  imports: [CaseRecordModule, TeamRecordModule, CareTeamModule, AccessModule, TeamModule],
  controllers: [HandoverController, CaseloadController],
  providers: [Clock, CaseloadRepository, CaseloadService, ResponsibleWorkerService, HandoverService, CaseloadAccessPolicy],
  exports: [ResponsibleWorkerService],
})
export class WorkerModule {}
