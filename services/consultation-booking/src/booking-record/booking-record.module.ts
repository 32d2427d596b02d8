import { Module } from '@nestjs/common';
import { CalendarRepository } from './calendar.repository.js';
import { ExpertRepository } from './expert.repository.js';

/** Experts and their calendars, which the expert, slot and booking features all read. */
@Module({
  providers: [ExpertRepository, CalendarRepository],
  exports: [ExpertRepository, CalendarRepository],
})
export class BookingRecordModule {}
