import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { RedisClient } from '@yhdessa/runtime';
import type { Session } from './session.domain.js';

/**
 * Sessions in Redis, keyed by a hash of the cookie's value (a key listing shows no usable session
 * id). Each expires by itself when its idle time or lifetime runs out; the gateway checks both too.
 */
@Injectable()
export class SessionStore {
  constructor(private readonly client: RedisClient) {}

  async get(id: string): Promise<Session | null> {
    const value = await this.client.redis.get(key(id));
    return value === null ? null : (JSON.parse(value) as Session);
  }

  async put(id: string, session: Session, ttlSeconds: number): Promise<void> {
    await this.client.redis.set(key(id), JSON.stringify(session), 'EX', ttlSeconds);
  }

  async delete(id: string): Promise<void> {
    await this.client.redis.del(key(id), refreshLockKey(id));
  }

  /** One refresh at a time per session (refresh tokens rotate: a second use of one ends the Keycloak session). */
  async lockRefresh(id: string): Promise<boolean> {
    return (await this.client.redis.set(refreshLockKey(id), '1', 'PX', 10_000, 'NX')) === 'OK';
  }

  async unlockRefresh(id: string): Promise<void> {
    await this.client.redis.del(refreshLockKey(id));
  }
}

const hashed = (id: string) => createHash('sha256').update(id).digest('base64url');
const key = (id: string) => `gateway:session:${hashed(id)}`;
const refreshLockKey = (id: string) => `gateway:session-refresh:${hashed(id)}`;
