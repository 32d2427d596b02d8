import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { ExpertModule } from '../expert/expert.module.js';
import { CalendarFeedController, CalendarFileController } from './calendar-feed.controller.js';
import { CalendarFeedRepository } from './calendar-feed.repository.js';
import { CalendarFeedService } from './calendar-feed.service.js';

/** Each expert's consultations as a secret iCalendar feed, its address rotated by the expert or a service manager. */
@Module({
  imports: [ExpertModule],
  controllers: [CalendarFeedController, CalendarFileController],
  providers: [Clock, CalendarFeedService, CalendarFeedRepository],
})
export class CalendarFeedModule {}
