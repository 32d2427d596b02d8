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
import { isSignature, recentlyAuthenticated } from '../step-up/step-up.domain.js';
import { StepUpError, StepUpErrorCode } from '../step-up/step-up.error.js';
import { isForwardedService, type ForwardedService } from './forwarded-services.js';

const SERVICE_TIMEOUT_MS = 30_000;

/**
 * One API for the browser: `/api/<service>/<path>` goes to the owning service with the session's
 * access token and the correlation id; method, query, body, status and problem details pass through
 * unchanged. The services decide access and audit their reads; the gateway only signs the call — and
 * refuses a signature (a party signing the client plan) when the session's last sign-in at the
 * identity provider is older than SIGNING_REAUTH_SECONDS: 403 `reauthentication_required`.
 */
@Controller('api')
@NotDescribed() // each service's own OpenAPI document describes what is forwarded to it
export class ForwardController {
  private readonly urls: Record<ForwardedService, string>;
  private readonly signingWindowMs: number;

  constructor(
    private readonly sessions: SessionService,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.urls = serviceUrls(config);
    this.signingWindowMs = config.SIGNING_REAUTH_SECONDS * 1000;
  }

  @All(':service/*path')
  @NoClientData() // the service's own read is what is audited, where it happens
  async forward(@Param('service') service: string, @Req() request: SessionRequest, @Res() response: Response): Promise<void> {
    if (!isForwardedService(service)) throw new GatewayError(GatewayErrorCode.UnknownService, `No service is called ${service}.`);
    const target = serviceTarget(request.originalUrl, service, this.urls[service])!;
    const servicePath = request.originalUrl.slice(`/api/${service}`.length);
    if (
      isSignature(request.method, service, servicePath, request.body) &&
      !recentlyAuthenticated(request.currentSession!.session.authenticatedAt, Date.now(), this.signingWindowMs)
    )
      throw new StepUpError(
        StepUpErrorCode.ReauthenticationRequired,
        'A signature needs a recent sign-in: sign in again, then sign.',
        { loginPath: '/auth/login?reauth=1', withinSeconds: this.signingWindowMs / 1000 },
      );
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
