import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { CaseRecordModule } from '../case-record/case-record.module.js';
import { CaseStateModule } from '../case-state/case-state.module.js';
import { CareTeamController } from './care-team.controller.js';
import { CareTeamService } from './care-team.service.js';

/** The care team of a case: professionals, the child and guardians. Exports the one way a responsible worker joins it. */
@Module({
  imports: [CaseRecordModule, CaseStateModule],
  controllers: [CareTeamController],
  providers: [Clock, CareTeamService],
  exports: [CareTeamService],
})
export class CareTeamModule {}
