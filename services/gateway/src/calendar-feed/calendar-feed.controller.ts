import { Controller, Get, Inject, Param, Res } from '@nestjs/common';
import { NoClientData } from '@yhdessa/audit';
import { Public } from '@yhdessa/auth';
import { CORRELATION_HEADER, currentCorrelationId, logger } from '@yhdessa/platform';
import { NotDescribed } from '@yhdessa/runtime';
import type { Response } from 'express';
import { serviceUrls } from '../gateway.config.js';
import { GatewayError, GatewayErrorCode } from '../gateway.error.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.options.js';
import { calendarFeedPrefix, calendarFeedResponseHeaders, calendarFeedTarget } from './calendar-feed.util.js';

const SERVICE_TIMEOUT_MS = 30_000;

/**
 * An expert's calendar feed for calendar programs, which cannot sign in: the one route of the API
 * that needs no session. Only `GET` of a token-shaped `.ics` name is passed on, with no token or
 * cookie of anyone; any other method or path below it goes to the session-guarded forwarding.
 */
@Controller(calendarFeedPrefix)
@NotDescribed() // consultation-booking's own documentation describes the feed
export class CalendarFeedController {
  private readonly serviceUrl: string;

  constructor(@Inject(GATEWAY_CONFIG) config: GatewayConfig) {
    this.serviceUrl = serviceUrls(config)['consultation-booking'];
  }

  @Get(':fileName')
  @Public()
  @NoClientData() // the feed carries no client data; the service answers it
  async feed(@Param('fileName') fileName: string, @Res() response: Response): Promise<void> {
    const target = calendarFeedTarget(fileName, this.serviceUrl);
    if (!target) throw new GatewayError(GatewayErrorCode.CalendarFeedNotFound, 'No such calendar feed.');
    let answer: globalThis.Response;
    try {
      answer = await fetch(target, {
        headers: { accept: 'text/calendar', [CORRELATION_HEADER]: currentCorrelationId() ?? '' },
        redirect: 'manual',
        signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
      });
    } catch (error) {
      logger().warn({ service: 'consultation-booking', err: { type: (error as Error)?.name } }, 'service did not answer');
      throw new GatewayError(GatewayErrorCode.ServiceUnavailable, 'consultation-booking did not answer; try again shortly.', {
        service: 'consultation-booking',
      });
    }
    response.status(answer.status);
    for (const name of calendarFeedResponseHeaders) {
      const value = answer.headers.get(name);
      if (value !== null) response.setHeader(name, value);
    }
    response.end(Buffer.from(await answer.arrayBuffer()));
  }
}
