import { Module } from '@nestjs/common';
import { CaseAccessModule } from '@yhdessa/access';
import { Clock } from '@yhdessa/platform';
import { PlanRecordModule } from '../plan-record/plan-record.module.js';
import { CaseClosureProjection } from './case-closure.projection.js';
import { MyActionsController } from './my-actions.controller.js';
import { MyActionsService } from './my-actions.service.js';
import { PlanActionController } from './plan-action.controller.js';
import { PlanActionService } from './plan-action.service.js';

/** Actions in motion: the responsible agency's updates of the plan in force's actions, and each professional's own actions (of open cases). */
@Module({
  imports: [PlanRecordModule, CaseAccessModule],
  controllers: [PlanActionController, MyActionsController],
  providers: [Clock, PlanActionService, MyActionsService, CaseClosureProjection],
})
export class PlanActionModule {}
