import { Module } from '@nestjs/common';
import { CalendarSnapshotRepository } from './calendar-snapshot.repository.js';
import { CalendarRepository } from './calendar.repository.js';
import { ExpertRepository } from './expert.repository.js';

/** Experts and their calendars, which the expert, slot and booking features all read. */
@Module({
  providers: [ExpertRepository, CalendarRepository, CalendarSnapshotRepository],
  exports: [ExpertRepository, CalendarRepository, CalendarSnapshotRepository],
})
export class BookingRecordModule {}
