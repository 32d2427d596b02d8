import type { AuthenticatedUser } from '@yhdessa/auth';

/** A signed-in browser as the gateway keeps it (in Redis): who, their tokens, and its clocks (epoch ms). */
export interface Session {
  user: AuthenticatedUser;
  /** The user's language from the identity provider (`locale`), when it is one the web app speaks. */
  language?: Language;
  accessToken: string;
  refreshToken: string;
  idToken: string;
  accessExpiresAt: number;
  /**
   * When the user last entered their password at the identity provider (the ID token's `auth_time`
   * at sign-in), epoch ms; absent when the token did not say. A signature needs it recent.
   */
  authenticatedAt?: number;
  createdAt: number;
  lastSeenAt: number;
  /** What state-changing requests must repeat in `x-csrf-token` (and the readable cookie holds). */
  csrfToken: string;
}

export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

export const asLanguage = (value: unknown): Language | undefined => languages.find((language) => language === value);

export interface SessionLimits {
  /** A session ends after this long without a request. */
  idleMs: number;
  /** …and in any case this long after sign-in. */
  maxMs: number;
}

export type SessionStanding = 'active' | 'idle-expired' | 'lifetime-expired';

export function sessionStanding(
  session: Pick<Session, 'createdAt' | 'lastSeenAt'>,
  now: number,
  limits: SessionLimits,
): SessionStanding {
  if (now - session.createdAt >= limits.maxMs) return 'lifetime-expired';
  if (now - session.lastSeenAt >= limits.idleMs) return 'idle-expired';
  return 'active';
}

/** How long the store keeps an active session seen now: the idle time, cut at its lifetime's end (at least 1 s). */
export function sessionTtlSeconds(session: Pick<Session, 'createdAt'>, now: number, limits: SessionLimits): number {
  const untilIdle = limits.idleMs;
  const untilEnd = session.createdAt + limits.maxMs - now;
  return Math.max(1, Math.ceil(Math.min(untilIdle, untilEnd) / 1000));
}

/** Tokens are refreshed this long before the access token expires, so a forwarded call never carries an expired one. */
export const REFRESH_BEFORE_EXPIRY_MS = 30_000;

export const needsRefresh = (session: Pick<Session, 'accessExpiresAt'>, now: number): boolean =>
  session.accessExpiresAt - now <= REFRESH_BEFORE_EXPIRY_MS;
