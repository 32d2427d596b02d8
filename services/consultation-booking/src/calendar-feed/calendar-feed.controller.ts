import { Controller, Get, Header, Param, Post } from '@nestjs/common';
import { NoClientData } from '@yhdessa/audit';
import { Public } from '@yhdessa/auth';
import { Returns, UuidParam } from '@yhdessa/platform';
import { NotDescribed } from '@yhdessa/runtime';
import type { ExpertRecord } from '../booking-record/expert.record.js';
import { CurrentExpert, ExpertAccess } from '../expert/expert-access.policy.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { calendarFeedViewSchema, type CalendarFeedView } from './calendar-feed.view.schema.js';

@Controller('experts')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  /** The expert or a service manager makes a new secret feed address; the old one then answers 404. */
  @Post(':expertId/calendar-feed')
  @ExpertAccess()
  @Returns(calendarFeedViewSchema)
  rotate(@UuidParam('expertId') _expertId: string, @CurrentExpert() expert: ExpertRecord): Promise<CalendarFeedView> {
    return this.feeds.rotate(expert);
  }
}

/**
 * The feed itself, `GET /calendar/<token>.ics`, for calendar programs that cannot sign in: no bearer
 * token and no gateway session; the secret token in the address is the credential. It carries only
 * each consultation's type, time and state, no child or case data, so it reads no client data. The
 * gateway passes `GET /api/consultation-booking/calendar/<token>.ics` on without a session (its only such route).
 * text/calendar, which the OpenAPI generator does not describe.
 */
@Controller('calendar')
@NotDescribed()
export class CalendarFileController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Get(':fileName')
  @Public()
  @NoClientData()
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('cache-control', 'private, no-store')
  feed(@Param('fileName') fileName: string): Promise<string> {
    return this.feeds.feed(fileName);
  }
}
