import { createHash } from 'node:crypto';
import { testServers } from '@yhdessa/testing';
import { Redis } from 'ioredis';
import type { Session } from '../src/session/session.domain.js';
import { SESSION_COOKIE } from '../src/session/session-cookies.util.js';
import type { Browser } from './browser.fixture.js';

/** The session behind a browser's cookie, read (and changed) where the gateway keeps it, in Redis. */
export class SessionsInRedis {
  readonly redis = new Redis(testServers().redisUrl, { maxRetriesPerRequest: 2 });

  key(browser: Browser, host: string): string {
    const id = browser.cookie(host, SESSION_COOKIE);
    if (!id) throw new Error('the browser holds no session cookie');
    return `gateway:session:${createHash('sha256').update(id).digest('base64url')}`;
  }

  async read(browser: Browser, host: string): Promise<Session | null> {
    const value = await this.redis.get(this.key(browser, host));
    return value === null ? null : (JSON.parse(value) as Session);
  }

  async change(browser: Browser, host: string, change: Partial<Session>): Promise<void> {
    const key = this.key(browser, host);
    const session = JSON.parse((await this.redis.get(key))!) as Session;
    await this.redis.set(key, JSON.stringify({ ...session, ...change }), 'KEEPTTL');
  }

  close(): Promise<unknown> {
    return this.redis.quit();
  }
}

/** A refresh grant at Keycloak as the gateway's confidential client: whether the refresh token still works. */
export async function refreshWorks(refreshToken: string): Promise<boolean> {
  const { oidcIssuer } = testServers();
  const response = await fetch(`${oidcIssuer}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
      client_id: process.env.OIDC_CLIENT_ID ?? 'yhdessa-web',
      client_secret: process.env.OIDC_CLIENT_SECRET ?? '',
    }),
  });
  return response.ok;
}
