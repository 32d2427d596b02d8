import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC, type AuthenticatedRequest } from '@yhdessa/auth';
import { GatewayError, GatewayErrorCode } from '../gateway.error.js';
import { csrfTokenMatches, isStateChanging } from './csrf.util.js';
import { SessionService, type CurrentSession } from './session.service.js';

export type SessionRequest = AuthenticatedRequest & { currentSession?: CurrentSession };

/**
 * The gateway's authentication, in place of the services' bearer tokens: every route but the
 * @Public() ones (health, docs, the sign-in itself) needs a session (401 `session_required` / `session_expired` otherwise), and a
 * state-changing one the session's CSRF token in `x-csrf-token` (403 `csrf_failed`), checked before
 * anything is forwarded or changed. The caller becomes `request.user`, so the write limit (a global
 * guard that runs after this one, registered as APP_GUARD) counts them.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<SessionRequest>();
    const current = await this.sessions.use(request);
    if (isStateChanging(request.method) && !csrfTokenMatches(request.headers['x-csrf-token'], current.session.csrfToken)) {
      throw new GatewayError(GatewayErrorCode.CsrfFailed, 'The request lacks the session’s CSRF token (header x-csrf-token).');
    }
    request.currentSession = current;
    request.user = current.session.user;
    return true;
  }
}
