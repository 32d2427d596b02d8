import ical, { ICalEventStatus } from 'ical-generator';
import type { FeedEvent } from './calendar-feed.domain.js';

/** The feed as iCalendar text, times in UTC, built with ical-generator. */
export function calendarText(events: readonly FeedEvent[]): string {
  const calendar = ical({ name: 'Yhdessä: konsultaatiot', prodId: { company: 'Yhdessä', product: 'consultation-booking' } });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      start: event.start,
      end: event.end,
      summary: event.summary,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
