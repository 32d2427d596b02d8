import { Module } from '@nestjs/common';
import { CareTeamModule } from '@yhdessa/care-team';
import { PlanModule } from '../plan/plan.module.js';
import { PlanFromAssessmentProjection } from './plan-from-assessment.projection.js';

/** The plan's draft made from a completed assessment, through the assessment's events. */
@Module({
  imports: [PlanModule, CareTeamModule],
  providers: [PlanFromAssessmentProjection],
})
export class PlanFromAssessmentModule {}
