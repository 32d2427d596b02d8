import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { AccessModule } from '../access/access.module.js';
import { CaseRecordModule } from '../case-record/case-record.module.js';
import { TeamModule } from '../team/team.module.js';
import { AssessmentCompletionProjection } from './assessment-completion.projection.js';
import { DeadlineWatcher } from './deadline-watcher.js';
import { DeadlineController } from './deadline.controller.js';
import { DeadlineService } from './deadline.service.js';
import { PlanReviewProjection } from './plan-review.projection.js';

/** The law's clocks on a case. Exports the service that starts them when a case opens. */
@Module({
  imports: [CaseRecordModule, AccessModule, TeamModule],
  controllers: [DeadlineController],
  providers: [Clock, DeadlineService, DeadlineWatcher, PlanReviewProjection, AssessmentCompletionProjection],
  exports: [DeadlineService],
})
export class DeadlinesModule {}
