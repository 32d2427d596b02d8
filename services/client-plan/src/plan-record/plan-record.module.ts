import { Module } from '@nestjs/common';
import { PlanViews } from './plan-views.js';
import { PlanRepository } from './plan.repository.js';

/** The plan's rows, which the plan, sign-off and action features all lock or read. */
@Module({
  providers: [PlanRepository, PlanViews],
  exports: [PlanRepository, PlanViews],
})
export class PlanRecordModule {}
