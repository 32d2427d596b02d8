import { csrfTokenMatches, isStateChanging } from './csrf.util.js';

describe('isStateChanging', () => {
  it('is every method that changes something, and no read', () => {
    expect(['POST', 'put', 'PATCH', 'DELETE'].map(isStateChanging)).toEqual([true, true, true, true]);
    expect(['GET', 'HEAD', 'OPTIONS'].map(isStateChanging)).toEqual([false, false, false]);
  });
});

describe('csrfTokenMatches', () => {
  it("accepts the session's token only", () => {
    expect(csrfTokenMatches('abc123', 'abc123')).toBe(true);
    expect(csrfTokenMatches('abc124', 'abc123')).toBe(false);
    expect(csrfTokenMatches('abc', 'abc123')).toBe(false);
    expect(csrfTokenMatches(undefined, 'abc123')).toBe(false);
    expect(csrfTokenMatches('', '')).toBe(false);
    expect(csrfTokenMatches(['abc123'], 'abc123')).toBe(false);
  });
});
