import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { PlanRecordModule } from '../plan-record/plan-record.module.js';
import { PlanActionController } from './plan-action.controller.js';
import { PlanActionService } from './plan-action.service.js';

/** Actions in motion: the responsible agency's updates of the plan in force's actions. */
@Module({
  imports: [PlanRecordModule],
  controllers: [PlanActionController],
  providers: [Clock, PlanActionService],
})
export class PlanActionModule {}
