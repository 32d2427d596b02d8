import type { CookieOptions } from 'express';

export const SESSION_COOKIE = 'yhdessa_session';
/** Readable by the web app, which repeats it in `x-csrf-token`. */
export const CSRF_COOKIE = 'yhdessa_csrf';
/** Ties a sign-in's return from the identity provider to the browser that started it. */
export const LOGIN_COOKIE = 'yhdessa_login';

/** Cookies are Secure except where the gateway is reached over plain HTTP on this machine (development). */
export function cookiesSecure(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return !(url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

export function sessionCookieOptions(publicUrl: string): CookieOptions {
  return { httpOnly: true, secure: cookiesSecure(publicUrl), sameSite: 'lax', path: '/' };
}

export function csrfCookieOptions(publicUrl: string): CookieOptions {
  return { httpOnly: false, secure: cookiesSecure(publicUrl), sameSite: 'lax', path: '/' };
}

export function loginCookieOptions(publicUrl: string, maxAgeMs: number): CookieOptions {
  return { httpOnly: true, secure: cookiesSecure(publicUrl), sameSite: 'lax', path: '/auth', maxAge: maxAgeMs };
}

/** The cookies of a `Cookie` header by name; the first of a repeated name wins, as browsers send the most specific first. */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';').map((piece) => piece.trim())) {
    const at = part.indexOf('=');
    if (at <= 0) continue;
    const name = part.slice(0, at);
    if (cookies.has(name)) continue;
    try {
      cookies.set(name, decodeURIComponent(part.slice(at + 1)));
    } catch {
      // a malformed value is no cookie of ours
    }
  }
  return cookies;
}
