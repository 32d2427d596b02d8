import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { BookingRecordModule } from '../booking-record/booking-record.module.js';
import { SlotCalendars } from './slot-calendars.js';
import { SlotController } from './slot.controller.js';
import { SlotService } from './slot.service.js';

/** The search for free times: every participant a type needs free at once, holds and buffers counted. */
@Module({
  imports: [BookingRecordModule],
  controllers: [SlotController],
  providers: [Clock, SlotCalendars, SlotService],
  exports: [SlotService],
})
export class SlotModule {}
