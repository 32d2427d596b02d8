import { authenticatedAtFrom, isSignature, recentlyAuthenticated } from './step-up.domain.js';

const caseId = '0b8f9c5e-4a51-4f0e-9d1c-6f2d7a3e9b10';

describe('isSignature', () => {
  const path = `/cases/${caseId}/plan/versions/2/answers`;

  it('is a party’s answer “sign” to a plan version, sent to the client plan', () => {
    expect(isSignature('POST', 'client-plan', path, { answer: 'sign', contentHash: 'a'.repeat(64) })).toBe(true);
  });

  it('is not a comment, a decline, another method, another service or another route', () => {
    expect(isSignature('POST', 'client-plan', path, { answer: 'comment' })).toBe(false);
    expect(isSignature('POST', 'client-plan', path, { answer: 'decline' })).toBe(false);
    expect(isSignature('POST', 'client-plan', path, undefined)).toBe(false);
    expect(isSignature('GET', 'client-plan', path, { answer: 'sign' })).toBe(false);
    expect(isSignature('POST', 'assessment', path, { answer: 'sign' })).toBe(false);
    expect(isSignature('POST', 'client-plan', `/cases/${caseId}/plan/versions/2/sign-off`, { answer: 'sign' })).toBe(false);
  });

  it('knows the route however its address is spelled: case, trailing slash, query, dot segments, percent-encoding', () => {
    for (const spelled of [
      `/Cases/${caseId}/PLAN/versions/2/Answers`,
      `${path}/`,
      `${path}?x=1`,
      `/cases/${caseId}/plan/versions/2/x/../answers`,
      `/cases/${caseId}/plan/versions/2/%61nswers`,
      `/cases/${caseId}/plan/versions/2/answers%2F`,
    ])
      expect([spelled, isSignature('post', 'client-plan', spelled, { answer: 'sign' })]).toEqual([spelled, true]);
  });
});

describe('authenticatedAtFrom', () => {
  it('reads the ID token’s auth_time (seconds) as epoch ms, and nothing else', () => {
    expect(authenticatedAtFrom({ auth_time: 1_796_000_000 })).toBe(1_796_000_000_000);
    expect(authenticatedAtFrom({ auth_time: '1796000000' })).toBeUndefined();
    expect(authenticatedAtFrom({})).toBeUndefined();
    expect(authenticatedAtFrom(undefined)).toBeUndefined();
  });
});

describe('recentlyAuthenticated', () => {
  const now = Date.UTC(2026, 10, 30, 9, 0);
  const window = 5 * 60_000;

  it('holds within the window after the sign-in, up to its last millisecond', () => {
    expect(recentlyAuthenticated(now - 1_000, now, window)).toBe(true);
    expect(recentlyAuthenticated(now - window, now, window)).toBe(true);
    expect(recentlyAuthenticated(now - window - 1, now, window)).toBe(false);
  });

  it('does not hold for an unknown sign-in, or one claimed far in the future', () => {
    expect(recentlyAuthenticated(undefined, now, window)).toBe(false);
    expect(recentlyAuthenticated(now + 30_000, now, window)).toBe(true); // clock skew
    expect(recentlyAuthenticated(now + 120_000, now, window)).toBe(false);
  });
});
