import { DomainError } from '@yhdessa/platform';

export enum CalendarFeedErrorCode {
  NotFound = 'calendar_feed_not_found',
}

const status: Record<CalendarFeedErrorCode, number> = {
  [CalendarFeedErrorCode.NotFound]: 404,
};

export class CalendarFeedError extends DomainError<CalendarFeedErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
