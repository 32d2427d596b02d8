import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Response } from 'express';
import type { AuthenticatedRequest } from '@yhdessa/auth';
import { logger } from '@yhdessa/platform';
import { RateLimitError } from './rate-limit.error.js';
import { isWrite, retryAfterSeconds } from './rate-limit.util.js';
import { WriteRateLimiter } from './write-rate-limiter.js';

/**
 * Per-user limit on writes (POST, PUT, PATCH, DELETE), held in Redis so it binds across instances.
 * It must run after authentication, which sets `request.user`: createServiceApp registers it as a
 * global guard after the modules' own (the AuthGuard), and before any route's guards. Reads, Kafka
 * handlers and routes without a verified caller (@Public: health) are not counted. Over the limit:
 * 429 `rate_limited` with `Retry-After`. When Redis does not answer the write goes through (with a
 * warning): the limit protects the service, and refusing every change while Redis is away would
 * harm more; readiness reports Redis down meanwhile.
 */
@Injectable()
export class WriteRateLimitGuard implements CanActivate {
  constructor(private readonly limiter: WriteRateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    if (!request.user || !isWrite(request.method)) return true;
    let admission;
    try {
      admission = await this.limiter.admit(request.user.userId);
    } catch (error) {
      logger().warn(
        { err: { type: (error as Error)?.name ?? typeof error } },
        'write rate limit not checked: Redis did not answer',
      );
      return true;
    }
    if (admission.admitted) return true;
    const seconds = retryAfterSeconds(admission.waitMs);
    http.getResponse<Response>().setHeader('Retry-After', String(seconds));
    throw new RateLimitError(seconds);
  }
}
