import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { ReminderController } from './reminder.controller.js';
import { ReminderService } from './reminder.service.js';
import { ReminderSweep } from './reminder.sweep.js';

/** Reminders before a consultation (the day before, the hour before) for the booker and the experts, read in the app. */
@Module({
  controllers: [ReminderController],
  providers: [Clock, ReminderService, ReminderSweep],
})
export class ReminderModule {}
