import { Module } from '@nestjs/common';
import { CareTeamModule } from '@yhdessa/care-team';
import { Clock } from '@yhdessa/platform';
import { PlanRecordModule } from '../plan-record/plan-record.module.js';
import { PlanController } from './plan.controller.js';
import { PlanService } from './plan.service.js';

/** The plan's drafts, revisions, versions and diffs, and reading it. */
@Module({
  imports: [PlanRecordModule, CareTeamModule],
  controllers: [PlanController],
  providers: [Clock, PlanService],
  exports: [PlanService],
})
export class PlanModule {}
