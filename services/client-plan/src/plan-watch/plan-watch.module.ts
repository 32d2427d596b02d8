import { Module } from '@nestjs/common';
import { CareTeamModule } from '@yhdessa/care-team';
import { Clock } from '@yhdessa/platform';
import { PlanRecordModule } from '../plan-record/plan-record.module.js';
import { PlanWatchService } from './plan-watch.service.js';
import { PlanWatchTimer } from './plan-watch.timer.js';
import { SignOffReminderController } from './sign-off-reminder.controller.js';
import { SignOffReminderService } from './sign-off-reminder.service.js';

/**
 * What the plan does by its own clock: sign-off rounds that run out go back to draft, their parties
 * are reminded before, overdue actions are raised; and each person's reminders to read.
 */
@Module({
  imports: [PlanRecordModule, CareTeamModule],
  controllers: [SignOffReminderController],
  providers: [Clock, PlanWatchService, PlanWatchTimer, SignOffReminderService],
  exports: [PlanWatchService],
})
export class PlanWatchModule {}
