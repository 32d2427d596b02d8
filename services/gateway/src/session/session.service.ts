import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { logger } from '@yhdessa/platform';
import type { Request } from 'express';
import { GatewayError, GatewayErrorCode } from '../gateway.error.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../gateway.options.js';
import { GrantRefusedError, OidcClient, type IssuedTokens } from '../oidc/oidc.client.js';
import {
  needsRefresh,
  sessionStanding,
  sessionTtlSeconds,
  type Language,
  type Session,
  type SessionLimits,
} from './session.domain.js';
import { parseCookies, SESSION_COOKIE } from './session-cookies.util.js';
import { SessionStore } from './session.store.js';

/** A session found for a request: its id (the cookie's value) and what it holds. */
export interface CurrentSession {
  id: string;
  session: Session;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opening, finding, keeping alive, refreshing and ending sessions. */
@Injectable()
export class SessionService {
  readonly limits: SessionLimits;

  constructor(
    private readonly store: SessionStore,
    private readonly oidc: OidcClient,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.limits = { idleMs: config.SESSION_IDLE_SECONDS * 1000, maxMs: config.SESSION_MAX_SECONDS * 1000 };
  }

  async open(
    user: AuthenticatedUser,
    tokens: IssuedTokens,
    language: Language | undefined,
    authenticatedAt?: number,
  ): Promise<CurrentSession> {
    const now = Date.now();
    const session: Session = {
      user,
      ...(language ? { language } : {}),
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      idToken: tokens.idToken,
      accessExpiresAt: tokens.accessExpiresAt,
      ...(authenticatedAt === undefined ? {} : { authenticatedAt }),
      createdAt: now,
      lastSeenAt: now,
      csrfToken: randomBytes(32).toString('base64url'),
    };
    const id = randomBytes(32).toString('base64url');
    await this.store.put(id, session, sessionTtlSeconds(session, now, this.limits));
    return { id, session };
  }

  /**
   * The request's session, counted as used now. No cookie or no such session: `session_required`;
   * one that ran out of idle time or lifetime is deleted: `session_expired`.
   */
  async use(request: Request): Promise<CurrentSession> {
    const current = await this.find(request);
    const now = Date.now();
    current.session.lastSeenAt = now;
    await this.store.put(current.id, current.session, sessionTtlSeconds(current.session, now, this.limits));
    return current;
  }

  /** The request's session without counting it as used (the live-update stream checks it so). */
  async find(request: Request): Promise<CurrentSession> {
    const id = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
    if (!id) throw new GatewayError(GatewayErrorCode.SessionRequired, 'Sign in first.');
    const session = await this.stillActive(id);
    if (!session) throw new GatewayError(GatewayErrorCode.SessionExpired, 'The session has ended; sign in again.');
    return { id, session };
  }

  /** The session while it is active; an expired one is deleted. */
  async stillActive(id: string): Promise<Session | null> {
    const session = await this.store.get(id);
    if (!session) return null;
    if (sessionStanding(session, Date.now(), this.limits) !== 'active') {
      await this.store.delete(id);
      return null;
    }
    return session;
  }

  /**
   * An access token that is good for a while yet: refreshed first when it is about to expire, one
   * refresh per session at a time (a rotated refresh token works once; a concurrent request waits for
   * the other's result). A refresh the identity provider refuses ends the session: `session_expired`.
   */
  async accessToken(current: CurrentSession): Promise<string> {
    if (!needsRefresh(current.session, Date.now())) return current.session.accessToken;
    for (let waited = 0; waited < 10_000; waited += 100) {
      if (await this.store.lockRefresh(current.id)) {
        try {
          return await this.refresh(current);
        } finally {
          await this.store.unlockRefresh(current.id);
        }
      }
      await sleep(100);
      const latest = await this.stillActive(current.id);
      if (!latest) throw new GatewayError(GatewayErrorCode.SessionExpired, 'The session has ended; sign in again.');
      if (!needsRefresh(latest, Date.now())) return latest.accessToken;
    }
    throw new GatewayError(GatewayErrorCode.IdentityProviderUnavailable, 'The identity provider did not answer in time.');
  }

  async end(id: string): Promise<Session | null> {
    const session = await this.store.get(id);
    await this.store.delete(id);
    return session;
  }

  private async refresh(current: CurrentSession): Promise<string> {
    // Another request may have refreshed between our read and our lock: use its tokens.
    const latest = await this.stillActive(current.id);
    if (!latest) throw new GatewayError(GatewayErrorCode.SessionExpired, 'The session has ended; sign in again.');
    if (!needsRefresh(latest, Date.now())) return latest.accessToken;
    let tokens: IssuedTokens;
    try {
      tokens = await this.oidc.refresh(latest.refreshToken);
    } catch (error) {
      if (error instanceof GrantRefusedError) {
        await this.store.delete(current.id);
        logger().info('session ended: the identity provider refused its refresh token');
        throw new GatewayError(GatewayErrorCode.SessionExpired, 'The session has ended; sign in again.');
      }
      if (latest.accessExpiresAt > Date.now()) return latest.accessToken; // still valid for a few seconds
      throw new GatewayError(
        GatewayErrorCode.IdentityProviderUnavailable,
        'The identity provider did not answer; try again shortly.',
      );
    }
    const refreshed: Session = {
      ...latest,
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      idToken: tokens.idToken,
      accessExpiresAt: tokens.accessExpiresAt,
    };
    await this.store.put(current.id, refreshed, sessionTtlSeconds(refreshed, Date.now(), this.limits));
    current.session = refreshed;
    return refreshed.accessToken;
  }
}
