import { Injectable } from '@nestjs/common';
import { RedisClient } from '@yhdessa/runtime';

/**
 * Claims every key for the owner until ARGV[2] (ms, the service's clock), or none when another owner's
 * claim on one has not lapsed by ARGV[3] (now): 1 claimed, 0 taken. A value is `owner|until`; the key's
 * own TTL (ARGV[4]) only cleans up.
 */
const claimAll = `
for i, key in ipairs(KEYS) do
  local holder = redis.call('GET', key)
  if holder then
    local owner, untilMs = string.match(holder, '^(.*)|(%d+)$')
    if owner ~= ARGV[1] and tonumber(untilMs) > tonumber(ARGV[3]) then return 0 end
  end
end
for i, key in ipairs(KEYS) do redis.call('SET', key, ARGV[1] .. '|' .. ARGV[2], 'PX', ARGV[4]) end
return 1
`;

/** Removes the keys the owner still holds. */
const releaseOwn = `
for i, key in ipairs(KEYS) do
  local holder = redis.call('GET', key)
  if holder and string.match(holder, '^(.*)|') == ARGV[1] then redis.call('DEL', key) end
end
return 1
`;

/** How long a claim waits for Redis before going on without it. */
const REDIS_TIMEOUT_MS = 250;

export type ClaimResult = 'claimed' | 'taken' | 'unavailable';

/**
 * Short claims on experts' start times in Redis, with a TTL: a hold while the booker fills in the
 * form, and a fast answer to a lost race without a trip to PostgreSQL. Only a first line: when Redis
 * does not answer the booking goes on, and the database's exclusion constraint decides.
 */
@Injectable()
export class SlotClaims {
  constructor(private readonly client: RedisClient) {}

  static keys(expertIds: readonly string[], start: Date): string[] {
    return [...expertIds].sort().map((expertId) => `booking:slot:${expertId}:${start.getTime()}`);
  }

  /** Claims the keys for the owner from `now` (the service's clock) for `ttlMs`. */
  async claim(keys: readonly string[], owner: string, now: Date, ttlMs: number): Promise<ClaimResult> {
    const until = String(now.getTime() + ttlMs);
    const answer = await this.withTimeout(
      this.client.redis.eval(claimAll, keys.length, ...keys, owner, until, String(now.getTime()), String(ttlMs)),
    );
    return answer === undefined ? 'unavailable' : answer === 1 ? 'claimed' : 'taken';
  }

  async release(keys: readonly string[], owner: string): Promise<void> {
    await this.withTimeout(this.client.redis.eval(releaseOwn, keys.length, ...keys, owner));
  }

  private async withTimeout<T>(command: Promise<T>): Promise<T | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), REDIS_TIMEOUT_MS)));
    try {
      return await Promise.race([command.catch(() => undefined), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
