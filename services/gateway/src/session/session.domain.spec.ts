import { asLanguage, needsRefresh, sessionStanding, sessionTtlSeconds } from './session.domain.js';

const limits = { idleMs: 30 * 60_000, maxMs: 10 * 3_600_000 };
const createdAt = Date.parse('2026-12-23T08:00:00Z');

describe('sessionStanding', () => {
  it('is active while used within the idle time and the lifetime', () => {
    expect(
      sessionStanding({ createdAt, lastSeenAt: createdAt + 9 * 3_600_000 }, createdAt + 9 * 3_600_000 + 29 * 60_000, limits),
    ).toBe('active');
  });

  it('ends after the idle time without a request', () => {
    expect(sessionStanding({ createdAt, lastSeenAt: createdAt }, createdAt + 30 * 60_000, limits)).toBe('idle-expired');
  });

  it('ends at the end of its lifetime however busy it is', () => {
    const end = createdAt + 10 * 3_600_000;
    expect(sessionStanding({ createdAt, lastSeenAt: end - 1 }, end, limits)).toBe('lifetime-expired');
  });
});

describe('sessionTtlSeconds', () => {
  it('keeps a session for the idle time', () => {
    expect(sessionTtlSeconds({ createdAt }, createdAt, limits)).toBe(1800);
  });

  it('keeps it no longer than its lifetime, and at least a second', () => {
    expect(sessionTtlSeconds({ createdAt }, createdAt + 10 * 3_600_000 - 10_500, limits)).toBe(11);
    expect(sessionTtlSeconds({ createdAt }, createdAt + 10 * 3_600_000 + 5_000, limits)).toBe(1);
  });
});

describe('needsRefresh', () => {
  it('refreshes within 30 seconds of expiry, not before', () => {
    expect(needsRefresh({ accessExpiresAt: 100_000 }, 69_999)).toBe(false);
    expect(needsRefresh({ accessExpiresAt: 100_000 }, 70_000)).toBe(true);
    expect(needsRefresh({ accessExpiresAt: 100_000 }, 200_000)).toBe(true);
  });
});

describe('asLanguage', () => {
  it('takes the languages the web app speaks and nothing else', () => {
    expect(['fi', 'sv', 'en', 'de', undefined].map(asLanguage)).toEqual(['fi', 'sv', 'en', undefined, undefined]);
  });
});
