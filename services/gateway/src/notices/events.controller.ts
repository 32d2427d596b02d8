import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { NoClientData } from '@yhdessa/audit';
import { NotDescribed } from '@yhdessa/runtime';
import type { Response } from 'express';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.options.js';
import type { SessionRequest } from '../session/session.guard.js';
import { SessionService } from '../session/session.service.js';
import { NoticeHub } from './notice.hub.js';

/**
 * `GET /api/events`: the session's live updates as Server-Sent Events, one `data: {"caseId","kind"}`
 * message per thing that happened on a case the user may see. A comment line every
 * SSE_HEARTBEAT_SECONDS keeps the connection open through proxies; the stream ends when the session does.
 */
@Controller('api')
@NotDescribed() // text/event-stream, which the generator does not describe: see the README's gateway section
export class EventsController {
  private readonly heartbeatMs: number;

  constructor(
    private readonly hub: NoticeHub,
    private readonly sessions: SessionService,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.heartbeatMs = config.SSE_HEARTBEAT_SECONDS * 1000;
  }

  @Get('events')
  @NoClientData() // case ids and event kinds only
  events(@Req() request: SessionRequest, @Res() response: Response): void {
    const { id, session } = request.currentSession!;
    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache, no-transform');
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    response.write('retry: 5000\n\n');

    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      clearInterval(heartbeat);
      detach();
      response.end();
    };
    const detach = this.hub.attach({
      user: session.user,
      deliver: (notice) => response.write(`data: ${JSON.stringify(notice)}\n\n`),
      close: end,
    });
    const heartbeat = setInterval(() => {
      void this.sessions.stillActive(id).then(
        (active) => (active ? response.write(': heartbeat\n\n') : end()),
        () => response.write(': heartbeat\n\n'), // Redis away: keep the stream, check again next time
      );
    }, this.heartbeatMs);
    request.on('close', end);
  }
}
