import { All, Controller, Inject, Param, Req, Res } from '@nestjs/common';
import { NoClientData } from '@yhdessa/audit';
import { CORRELATION_HEADER, currentCorrelationId, logger } from '@yhdessa/platform';
import { NotDescribed } from '@yhdessa/runtime';
import type { Response } from 'express';
import { serviceUrls } from '../gateway.config.js';
import { GatewayError, GatewayErrorCode } from '../gateway.error.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.options.js';
import type { SessionRequest } from '../session/session.guard.js';
import { SessionService } from '../session/session.service.js';
import { forwardedBody, forwardedRequestHeaders, returnedResponseHeaders, serviceTarget } from './forward.util.js';
import { isForwardedService, type ForwardedService } from './forwarded-services.js';

const SERVICE_TIMEOUT_MS = 30_000;

/**
 * One API for the browser: `/api/<service>/<path>` goes to the owning service with the session's
 * access token and the correlation id; method, query, body, status and problem details pass through
 * unchanged. The services decide access and audit their reads; the gateway only signs the call.
 */
@Controller('api')
@NotDescribed() // each service's own OpenAPI document describes what is forwarded to it
export class ForwardController {
  private readonly urls: Record<ForwardedService, string>;

  constructor(
    private readonly sessions: SessionService,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.urls = serviceUrls(config);
  }

  @All(':service/*path')
  @NoClientData() // the service's own read is what is audited, where it happens
  async forward(@Param('service') service: string, @Req() request: SessionRequest, @Res() response: Response): Promise<void> {
    if (!isForwardedService(service)) throw new GatewayError(GatewayErrorCode.UnknownService, `No service is called ${service}.`);
    const target = serviceTarget(request.originalUrl, service, this.urls[service])!;
    const accessToken = await this.sessions.accessToken(request.currentSession!);
    const headers = new Headers({ authorization: `Bearer ${accessToken}`, [CORRELATION_HEADER]: currentCorrelationId() ?? '' });
    for (const name of forwardedRequestHeaders) {
      const value = request.headers[name];
      if (typeof value === 'string') headers.set(name, value);
    }
    let answer: globalThis.Response;
    try {
      answer = await fetch(target, {
        method: request.method,
        headers,
        body: forwardedBody(request.method, request.headers['content-type'], request.body),
        redirect: 'manual',
        signal: AbortSignal.timeout(SERVICE_TIMEOUT_MS),
      });
    } catch (error) {
      logger().warn({ service, err: { type: (error as Error)?.name } }, 'service did not answer');
      throw new GatewayError(GatewayErrorCode.ServiceUnavailable, `${service} did not answer; try again shortly.`, { service });
    }
    response.status(answer.status);
    for (const name of returnedResponseHeaders) {
      const value = answer.headers.get(name);
      if (value !== null) response.setHeader(name, value);
    }
    response.end(Buffer.from(await answer.arrayBuffer()));
  }
}
