/**
 * A browser's part of signing in, done with plain HTTP: a cookie jar per host, redirects followed by
 * hand, and Keycloak's real login form read and posted as a person would fill it in.
 */
export class Browser {
  private readonly jars = new Map<string, Map<string, string>>();

  /** One request, no redirect followed; the answer's cookies kept (an expired one dropped). */
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookies = this.cookieHeader(target.host);
    if (cookies) headers.set('cookie', cookies);
    const response = await fetch(target, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.keep(target.host, line);
    return response;
  }

  /** Follows redirects from `url` until an answer that is not one, or one leaving for `stopAt` (not requested). */
  async follow(
    url: string,
    init: RequestInit = {},
    stopAt?: (url: string) => boolean,
  ): Promise<{ url: string; response: Response | null }> {
    let current = url;
    let response = await this.request(current, init);
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 10; hops += 1) {
      current = new URL(response.headers.get('location')!, current).href;
      if (stopAt?.(current)) return { url: current, response: null };
      response = await this.request(current);
    }
    return { url: current, response };
  }

  cookie(host: string, name: string): string | undefined {
    return this.jars.get(host)?.get(name);
  }

  private cookieHeader(host: string): string {
    return [...(this.jars.get(host) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keep(host: string, line: string): void {
    const [pair, ...attributes] = line.split(';');
    const at = pair!.indexOf('=');
    const name = pair!.slice(0, at).trim();
    const value = pair!.slice(at + 1).trim();
    const jar = this.jars.get(host) ?? new Map<string, string>();
    this.jars.set(host, jar);
    const expired = attributes.some((attribute) => {
      const [key, attributeValue] = attribute.trim().split('=');
      if (key!.toLowerCase() === 'max-age') return Number(attributeValue) <= 0;
      if (key!.toLowerCase() === 'expires') return Date.parse(attributeValue!) <= Date.now();
      return false;
    });
    if (expired || value === '') jar.delete(name);
    else jar.set(name, value);
  }
}

/** The action of the login form on a Keycloak page, or null when the page has none. */
export function loginFormAction(html: string): string | null {
  const match =
    /<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/.exec(html) ??
    /<form[^>]*action="([^"]+)"[^>]*id="kc-form-login"/.exec(html);
  return match ? match[1]!.replaceAll('&amp;', '&') : null;
}

/**
 * Signs `username` in at the gateway through Keycloak's login page: `/auth/login`, the form, back
 * to the callback; returns where the browser ended up.
 */
export async function signIn(browser: Browser, gatewayUrl: string, username: string, returnTo = '/'): Promise<string> {
  const toLogin = await browser.follow(`${gatewayUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  const page = await toLogin.response!.text();
  const action = loginFormAction(page);
  if (!action) throw new Error(`no Keycloak login form at ${toLogin.url} (status ${toLogin.response!.status})`);
  const back = await browser.follow(
    action,
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username, password: 'demo' }),
    },
    (url) => url.startsWith(gatewayUrl) && !url.startsWith(`${gatewayUrl}/auth/`),
  );
  return back.url;
}
