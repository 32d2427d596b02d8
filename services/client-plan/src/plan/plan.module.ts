import { Module } from '@nestjs/common';
import { CareTeamModule } from '@yhdessa/care-team';
import { Clock } from '@yhdessa/platform';
import { PlanRecordModule } from '../plan-record/plan-record.module.js';
import { PlanController } from './plan.controller.js';
import { PlanService } from './plan.service.js';
import { PlanVisibilityNoticeProjection } from './plan-visibility-notice.projection.js';

/** The plan's drafts, revisions, versions and diffs, reading it, and the notice that its reads follow a consent. */
@Module({
  imports: [PlanRecordModule, CareTeamModule],
  controllers: [PlanController],
  providers: [Clock, PlanService, PlanVisibilityNoticeProjection],
  exports: [PlanService],
})
export class PlanModule {}
