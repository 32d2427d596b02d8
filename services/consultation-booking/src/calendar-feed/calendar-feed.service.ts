import { Injectable } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import type { ExpertRecord } from '../booking-record/expert.record.js';
import { feedEvents, feedTokenHash, newFeedToken, tokenOfFileName } from './calendar-feed.domain.js';
import { CalendarFeedError, CalendarFeedErrorCode } from './calendar-feed.error.js';
import { calendarText } from './calendar-feed.ical.js';
import { CalendarFeedRepository } from './calendar-feed.repository.js';
import type { CalendarFeedView } from './calendar-feed.view.schema.js';

/** How far back the feed reaches: past consultations stay in the calendar for this long. */
const historyDays = 90;

@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly feeds: CalendarFeedRepository,
  ) {}

  /** A new secret address for the expert's feed; the earlier one stops answering at once. The token is shown only now. */
  async rotate(expert: ExpertRecord): Promise<CalendarFeedView> {
    const token = newFeedToken();
    const rotatedAt = this.clock.now();
    await this.feeds.rotate(this.dataSource.manager, expert.expertId, feedTokenHash(token), rotatedAt);
    return { path: `/calendar/${token}.ics`, rotatedAt: rotatedAt.toISOString() };
  }

  /** The feed of the expert whose token the file name carries; any other name is 404 `calendar_feed_not_found`. */
  async feed(fileName: string): Promise<string> {
    const token = tokenOfFileName(fileName);
    const expertId = token ? await this.feeds.expertOfToken(this.dataSource.manager, feedTokenHash(token)) : null;
    if (!expertId) throw new CalendarFeedError(CalendarFeedErrorCode.NotFound, 'No such calendar feed.');
    const since = new Date(this.clock.now().getTime() - historyDays * 86_400_000);
    const bookings = await this.feeds.bookings(this.dataSource.manager, expertId, since);
    return calendarText(feedEvents(bookings, 'consultation-booking.yhdessa'));
  }
}
