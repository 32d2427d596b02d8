/**
 * Where sign-in may send the browser back to: a path on the gateway's own origin, nothing else (no
 * open redirect). Absent means the web app's start; anything that is not a same-origin relative path
 * (an absolute URL, `//host`, backslashes, control characters) is refused: null.
 */
export function safeReturnTo(value: unknown, publicUrl: string): string | null {
  if (value === undefined || value === '') return '/';
  if (typeof value !== 'string' || value.length > 2048) return null;
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return null;
  const origin = new URL(publicUrl).origin;
  const url = new URL(value, origin);
  if (url.origin !== origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
