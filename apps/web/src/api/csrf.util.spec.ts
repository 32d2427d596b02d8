import { changesState, csrfTokenFrom } from './csrf.util.js';

describe('CSRF token', () => {
  it('reads the gateway’s cookie among others, decoded', () => {
    expect(csrfTokenFrom('lang=fi; yhdessa_csrf=abc%3D123; other=x')).toBe('abc=123');
    expect(csrfTokenFrom('yhdessa_csrf=first')).toBe('first');
  });

  it('finds nothing where the cookie is missing or only a similar name is set', () => {
    expect(csrfTokenFrom('')).toBeNull();
    expect(csrfTokenFrom('my_yhdessa_csrf=nope; yhdessa_csrf_old=nope')).toBeNull();
  });

  it('is sent with every method that changes state, and only with those', () => {
    expect(['POST', 'PUT', 'PATCH', 'DELETE', 'post'].map(changesState)).toEqual([true, true, true, true, true]);
    expect(['GET', 'HEAD', 'OPTIONS'].map(changesState)).toEqual([false, false, false]);
  });
});
