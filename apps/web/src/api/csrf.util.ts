/** The gateway's readable CSRF cookie; its value goes back in `x-csrf-token` on every state-changing call. */
export const csrfCookieName = 'yhdessa_csrf';
export const csrfHeaderName = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const changesState = (method: string): boolean => !safeMethods.has(method.toUpperCase());

/** The CSRF token in a `document.cookie` string, or null when the gateway has set none. */
export function csrfTokenFrom(cookies: string): string | null {
  for (const cookie of cookies.split(';')) {
    const separator = cookie.indexOf('=');
    if (separator < 0) continue;
    if (cookie.slice(0, separator).trim() === csrfCookieName) return decodeURIComponent(cookie.slice(separator + 1).trim());
  }
  return null;
}
