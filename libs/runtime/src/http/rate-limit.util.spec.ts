import { isWrite, retryAfterSeconds, writeLimitKey } from './rate-limit.util.js';

describe('isWrite', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'post', 'delete'])('counts %s', (method) => expect(isWrite(method)).toBe(true));
  it.each(['GET', 'HEAD', 'OPTIONS', 'QUERY'])('lets %s through uncounted', (method) => expect(isWrite(method)).toBe(false));
});

describe('retryAfterSeconds', () => {
  it.each([
    [0, 1],
    [1, 1],
    [999, 1],
    [1_000, 1],
    [1_001, 2],
    [59_999, 60],
  ])('%i ms → %i s', (waitMs, seconds) => expect(retryAfterSeconds(waitMs)).toBe(seconds));
});

describe('writeLimitKey', () => {
  it('keeps services and users apart', () => {
    expect(writeLimitKey('case-coordination', 'u1')).toBe('rate-limit:writes:case-coordination:u1');
    expect(writeLimitKey('assessment', 'u1')).not.toBe(writeLimitKey('case-coordination', 'u1'));
  });
});
