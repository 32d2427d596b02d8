import { cookiesSecure, parseCookies, sessionCookieOptions } from './session-cookies.util.js';

describe('cookiesSecure', () => {
  it('is off only for plain HTTP on this machine', () => {
    expect(cookiesSecure('http://localhost:3000')).toBe(false);
    expect(cookiesSecure('http://127.0.0.1:3000')).toBe(false);
    expect(cookiesSecure('http://yhdessa.example')).toBe(true);
    expect(cookiesSecure('https://localhost:3000')).toBe(true);
  });
});

describe('sessionCookieOptions', () => {
  it('keeps the session cookie from scripts and cross-site posts, for the whole site', () => {
    expect(sessionCookieOptions('https://yhdessa.example')).toEqual({ httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  });
});

describe('parseCookies', () => {
  it('reads each cookie by name, decoding its value', () => {
    expect(parseCookies('a=1; yhdessa_session=abc%2Fdef;b=')).toEqual(
      new Map([
        ['a', '1'],
        ['yhdessa_session', 'abc/def'],
        ['b', ''],
      ]),
    );
  });

  it('keeps the first of a repeated name and skips what is not a cookie', () => {
    expect(parseCookies('x=1; x=2; junk; =3; bad=%E0')).toEqual(new Map([['x', '1']]));
    expect(parseCookies(undefined)).toEqual(new Map());
  });
});
