import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { newId } from '@yhdessa/platform';
import { RedisClient } from '../redis/redis.provider.js';
import { HTTP_EDGE_OPTIONS, type HttpEdgeOptions } from './http-edge.options.js';
import { writeLimitKey } from './rate-limit.util.js';

/**
 * A sliding window log per key in a sorted set, in one script so that concurrent requests on any
 * instance see each other: drop entries older than the window, count, and either record this write
 * or answer how long until the oldest entry leaves the window. Time is Redis's own, so instances
 * whose clocks disagree still share one window.
 */
const slidingWindow = `
local key, limit, window, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3]
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) < limit then
  redis.call('ZADD', key, now, member)
  redis.call('PEXPIRE', key, window)
  return -1
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
return tonumber(oldest[2]) + window - now
`;

type WithWindow = Redis & { slidingWindow(key: string, limit: number, windowMs: number, member: string): Promise<number> };

export type WriteAdmission = { admitted: true } | { admitted: false; waitMs: number };

/** Counts a user's writes to this service against the configured limit, in Redis. */
@Injectable()
export class WriteRateLimiter {
  private scripted?: WithWindow;

  constructor(
    private readonly client: RedisClient,
    @Inject(HTTP_EDGE_OPTIONS) private readonly options: HttpEdgeOptions,
  ) {}

  async admit(userId: string): Promise<WriteAdmission> {
    const { writes, windowSeconds } = this.options.rateLimit;
    const waitMs = await this.redis().slidingWindow(
      writeLimitKey(this.options.service, userId),
      writes,
      windowSeconds * 1_000,
      newId(),
    );
    return waitMs < 0 ? { admitted: true } : { admitted: false, waitMs };
  }

  /** The script is registered on first use (EVALSHA, loaded again when Redis lost it). */
  private redis(): WithWindow {
    if (!this.scripted) {
      this.client.redis.defineCommand('slidingWindow', { numberOfKeys: 1, lua: slidingWindow });
      this.scripted = this.client.redis as WithWindow;
    }
    return this.scripted;
  }
}
