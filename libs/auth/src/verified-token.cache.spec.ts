import type { AuthenticatedUser } from './authenticated-user.js';
import { VerifiedTokenCache } from './verified-token.cache.js';

const user = (userId: string): AuthenticatedUser => ({
  userId,
  username: userId,
  displayName: userId,
  agency: 'child-protection',
  roles: ['cp-social-worker'],
  actor: { userId, agency: 'child-protection', role: 'cp-social-worker' },
});
const exp = Date.parse('2030-01-01T12:05:00Z') / 1_000;
const at = (time: string) => new Date(`2030-01-01T${time}Z`);

describe('VerifiedTokenCache', () => {
  it('answers with the verified caller while the token is inside its lifetime', () => {
    const cache = new VerifiedTokenCache();
    cache.remember('token-a', user('a'), exp);
    expect(cache.get('token-a', at('12:04:59'))?.userId).toBe('a');
    expect(cache.get('token-b', at('12:00:00'))).toBeUndefined();
  });

  it('forgets a token at its expiry, so the full check refuses it', () => {
    const cache = new VerifiedTokenCache();
    cache.remember('token-a', user('a'), exp);
    expect(cache.get('token-a', at('12:05:00'))).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.get('token-a', at('12:00:00'))).toBeUndefined();
  });

  it('keeps at most maxEntries, dropping the oldest', () => {
    const cache = new VerifiedTokenCache(2);
    cache.remember('token-a', user('a'), exp);
    cache.remember('token-b', user('b'), exp);
    cache.remember('token-c', user('c'), exp);
    expect(cache.size).toBe(2);
    expect(cache.get('token-a', at('12:00:00'))).toBeUndefined();
    expect(cache.get('token-b', at('12:00:00'))?.userId).toBe('b');
    expect(cache.get('token-c', at('12:00:00'))?.userId).toBe('c');
  });
});
