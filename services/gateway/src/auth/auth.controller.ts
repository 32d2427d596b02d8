import { randomBytes } from 'node:crypto';
import { Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { NoClientData } from '@yhdessa/audit';
import { OidcVerifier, Public } from '@yhdessa/auth';
import { logger, Returns } from '@yhdessa/platform';
import type { Request, Response } from 'express';
import * as oidc from 'openid-client';
import { GatewayError, GatewayErrorCode } from '../gateway.error.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.options.js';
import { GrantRefusedError, OidcClient } from '../oidc/oidc.client.js';
import { asLanguage } from '../session/session.domain.js';
import {
  CSRF_COOKIE,
  csrfCookieOptions,
  LOGIN_COOKIE,
  loginCookieOptions,
  parseCookies,
  SESSION_COOKIE,
  sessionCookieOptions,
} from '../session/session-cookies.util.js';
import type { SessionRequest } from '../session/session.guard.js';
import { SessionService } from '../session/session.service.js';
import { LOGIN_ATTEMPT_TTL_SECONDS, LoginAttemptStore } from './login-attempt.store.js';
import { logoutResponseSchema } from './logout.response.schema.js';
import { authenticatedAtFrom } from '../step-up/step-up.domain.js';
import { safeReturnTo } from './return-to.util.js';

/**
 * Sign-in and sign-out for the browser: OpenID Connect authorization code flow with PKCE against
 * Keycloak, the gateway as a confidential client. The browser only ever holds cookies; the tokens
 * stay in the session in Redis.
 */
@Controller('auth')
export class AuthController {
  constructor(
    private readonly oidc: OidcClient,
    private readonly attempts: LoginAttemptStore,
    private readonly sessions: SessionService,
    private readonly verifier: OidcVerifier,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  /**
   * Starts a sign-in: off to Keycloak's login page, and back to `returnTo` (a path of this site) after.
   * `reauth=1` asks for the password even when Keycloak's own session is live: the step-up a
   * signature needs when the last sign-in is too old (`reauthentication_required`).
   */
  @Get('login')
  @HttpCode(302)
  @Public()
  @NoClientData()
  async login(@Query('returnTo') returnTo: unknown, @Query('reauth') reauth: unknown, @Res() response: Response): Promise<void> {
    const target = safeReturnTo(returnTo, this.config.GATEWAY_PUBLIC_ORIGIN);
    if (target === null) throw new GatewayError(GatewayErrorCode.ReturnToRefused, 'returnTo must be a path on this site.');
    const attempt = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      returnTo: target,
    };
    const url = await this.oidc.authorizationUrl(attempt, reauth === '1' || reauth === 'true').catch(() => {
      throw new GatewayError(
        GatewayErrorCode.IdentityProviderUnavailable,
        'The identity provider did not answer; try again shortly.',
      );
    });
    const attemptId = randomBytes(24).toString('base64url');
    await this.attempts.put(attemptId, attempt);
    response.cookie(
      LOGIN_COOKIE,
      attemptId,
      loginCookieOptions(this.config.GATEWAY_PUBLIC_ORIGIN, LOGIN_ATTEMPT_TTL_SECONDS * 1000),
    );
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(302, url.href);
  }

  /** Keycloak's answer: the code is exchanged (PKCE, state and nonce checked), the session opened. */
  @Get('callback')
  @HttpCode(302)
  @Public()
  @NoClientData()
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const attemptId = parseCookies(request.headers.cookie).get(LOGIN_COOKIE);
    const attempt = attemptId ? await this.attempts.take(attemptId) : null;
    response.clearCookie(LOGIN_COOKIE, loginCookieOptions(this.config.GATEWAY_PUBLIC_ORIGIN, 0));
    if (!attempt)
      throw new GatewayError(
        GatewayErrorCode.SignInFailed,
        'This sign-in was not started here, or it took too long; sign in again.',
      );
    const callbackUrl = new URL(request.originalUrl, this.config.GATEWAY_PUBLIC_ORIGIN);
    let tokens;
    try {
      tokens = await this.oidc.exchange(callbackUrl, attempt);
    } catch (error) {
      if (error instanceof GrantRefusedError) {
        logger().info({ reason: error.message }, 'sign-in refused');
        throw new GatewayError(GatewayErrorCode.SignInFailed, 'The sign-in did not succeed; sign in again.');
      }
      throw new GatewayError(
        GatewayErrorCode.IdentityProviderUnavailable,
        'The identity provider did not answer; try again shortly.',
      );
    }
    const user = await this.verifier.verify(tokens.accessToken);
    // A sign-in again in a browser that has a session (a step-up before signing) takes its place.
    const previous = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
    if (previous) await this.sessions.end(previous);
    const { id, session } = await this.sessions.open(
      user,
      tokens,
      asLanguage(tokens.claims?.['locale']),
      authenticatedAtFrom(tokens.claims),
    );
    response.cookie(SESSION_COOKIE, id, sessionCookieOptions(this.config.GATEWAY_PUBLIC_ORIGIN));
    response.cookie(CSRF_COOKIE, session.csrfToken, csrfCookieOptions(this.config.GATEWAY_PUBLIC_ORIGIN));
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(302, attempt.returnTo);
  }

  /**
   * Ends the session here and at Keycloak; the browser then visits `logoutUrl` so that Keycloak's
   * own cookie goes too and it comes back to the web app.
   */
  @Post('logout')
  @HttpCode(200)
  @NoClientData()
  @Returns(logoutResponseSchema)
  async logout(@Req() request: SessionRequest, @Res({ passthrough: true }) response: Response): Promise<{ logoutUrl: string }> {
    const { id } = request.currentSession!;
    const ended = await this.sessions.end(id);
    response.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config.GATEWAY_PUBLIC_ORIGIN));
    response.clearCookie(CSRF_COOKIE, csrfCookieOptions(this.config.GATEWAY_PUBLIC_ORIGIN));
    if (!ended) return { logoutUrl: `${this.config.GATEWAY_PUBLIC_ORIGIN}/` };
    await this.oidc.endSession(ended.refreshToken);
    return { logoutUrl: (await this.oidc.endSessionUrl(ended.idToken)).href };
  }
}
