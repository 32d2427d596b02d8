import { fetchToken, claims } from '@yhdessa/testing';
import { Browser, loginFormAction, signIn } from './browser.fixture.js';
import { startGateway, type GatewayUnderTest } from './gateway.fixture.js';
import { refreshWorks, SessionsInRedis } from './session.fixture.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('signing in at the gateway through Keycloak’s login page', () => {
  let gateway: GatewayUnderTest;
  let host: string;
  const sessions = new SessionsInRedis();

  beforeAll(async () => {
    gateway = await startGateway({ database: 'yhdessa_test_gateway_sign_in' });
    host = new URL(gateway.url).host;
  }, 90_000);

  afterAll(async () => {
    await gateway?.close();
    await sessions.close();
  });

  const me = (browser: Browser) => browser.request(`${gateway.url}/api/me`);

  it('signs a user in with the code flow and PKCE, back to the page asked for, and answers /api/me from the session', async () => {
    const browser = new Browser();
    const login = await browser.request(`${gateway.url}/auth/login?returnTo=${encodeURIComponent('/cases/42?tab=team')}`);
    expect(login.status).toBe(302);
    const authorization = new URL(login.headers.get('location')!);
    expect(authorization.searchParams.get('client_id')).toBe('yhdessa-web');
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('redirect_uri')).toBe(`${gateway.url}/auth/callback`);
    for (const check of ['state', 'nonce', 'code_challenge'])
      expect(authorization.searchParams.get(check)).toMatch(/^[\w-]{20,}$/);

    const landed = await signIn(browser, gateway.url, 'sari.virtanen', '/cases/42?tab=team');
    expect(landed).toBe(`${gateway.url}/cases/42?tab=team`);
    const answer = await me(browser);
    expect(answer.status).toBe(200);
    const sari = claims(await fetchToken('sari.virtanen'));
    expect(await answer.json()).toEqual({
      userId: sari.sub,
      displayName: 'Sari Virtanen',
      agency: 'child-protection',
      roles: ['cp-social-worker'],
    });
  }, 30_000);

  it('holds the session in an httpOnly, SameSite=Lax cookie and gives the CSRF token in a readable one; no token reaches the browser', async () => {
    const browser = new Browser();
    const started = await browser.follow(`${gateway.url}/auth/login`);
    const action = loginFormAction(await started.response!.text())!;
    const toCallback = await browser.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'anna.laine', password: 'demo' }),
    });
    const callback = await browser.request(toCallback.headers.get('location')!);
    expect(callback.status).toBe(302);
    expect(callback.headers.get('location')).toBe('/');
    const cookies = callback.headers.getSetCookie();
    const session = cookies.find((line) => line.startsWith('yhdessa_session='))!;
    const csrf = cookies.find((line) => line.startsWith('yhdessa_csrf='))!;
    expect(session).toMatch(/; Path=\/(;|$)/);
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(session).not.toMatch(/; Secure/); // http://127.0.0.1 only
    expect(csrf).not.toMatch(/HttpOnly/);
    expect(cookies.join('\n')).not.toMatch(/eyJ/); // no JWT in any cookie
  }, 30_000);

  it('refuses to send the browser anywhere but a path of its own after sign-in (no open redirect)', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const answer = await new Browser().request(`${gateway.url}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
      expect(answer.status).toBe(400);
      expect(answer.headers.get('location')).toBeNull();
      expect(await answer.json()).toMatchObject({ code: 'return_to_refused' });
    }
  });

  it('answers 401 problems without a session, and refuses a callback this browser did not start', async () => {
    const anonymous = await me(new Browser());
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await anonymous.json()).toMatchObject({ code: 'session_required' });
    const forged = await new Browser().request(`${gateway.url}/auth/callback?code=abc&state=xyz`);
    expect(forged.status).toBe(400);
    expect(await forged.json()).toMatchObject({ code: 'sign_in_failed' });
  });

  it('logs out here and at Keycloak: the session is gone, its refresh token no longer works, and sign-in asks for the password again', async () => {
    const browser = new Browser();
    await signIn(browser, gateway.url, 'hanna.makinen');
    const { refreshToken } = (await sessions.read(browser, host))!;
    const withoutToken = await browser.request(`${gateway.url}/auth/logout`, { method: 'POST' });
    expect(withoutToken.status).toBe(403);
    expect((await me(browser)).status).toBe(200); // a refused logout changes nothing

    const logout = await browser.request(`${gateway.url}/auth/logout`, {
      method: 'POST',
      headers: { 'x-csrf-token': browser.cookie(host, 'yhdessa_csrf')! },
    });
    expect(logout.status).toBe(200);
    const { logoutUrl } = (await logout.json()) as { logoutUrl: string };
    const endSession = new URL(logoutUrl);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${gateway.url}/`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    expect(browser.cookie(host, 'yhdessa_session')).toBeUndefined();
    expect((await me(browser)).status).toBe(401);
    expect(await refreshWorks(refreshToken)).toBe(false);

    const back = await browser.follow(logoutUrl, {}, (url) => url.startsWith(gateway.url));
    expect(back.url).toBe(`${gateway.url}/`);
    const again = await browser.follow(`${gateway.url}/auth/login`);
    expect(loginFormAction(await again.response!.text())).not.toBeNull();
  }, 30_000);

  it('refreshes the tokens shortly before they expire, and ends the session when Keycloak refuses the refresh', async () => {
    const browser = new Browser();
    await signIn(browser, gateway.url, 'pekka.nurmi');
    const before = (await sessions.read(browser, host))!;
    await sessions.change(browser, host, { accessExpiresAt: Date.now() + 10_000 });
    // A forwarded call needs a fresh token; case-coordination is not running, so the answer is a 502, after the refresh.
    expect((await browser.request(`${gateway.url}/api/case-coordination/cases`)).status).toBe(502);
    const after = (await sessions.read(browser, host))!;
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken); // rotated
    expect(after.accessExpiresAt).toBeGreaterThan(Date.now() + 200_000);

    await sessions.change(browser, host, { refreshToken: before.refreshToken, accessExpiresAt: Date.now() }); // a used one
    const refused = await browser.request(`${gateway.url}/api/case-coordination/cases`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 'session_expired' });
    expect((await me(browser)).status).toBe(401);
  }, 30_000);

  describe('with a session idle timeout of 2 seconds', () => {
    let short: GatewayUnderTest;
    beforeAll(async () => {
      short = await startGateway({ database: 'yhdessa_test_gateway_sign_in', env: { SESSION_IDLE_SECONDS: '2' } });
    }, 90_000);
    afterAll(() => short?.close());

    it('keeps a session in use alive past the idle time, and ends it after 2 seconds without a request', async () => {
      const browser = new Browser();
      await signIn(browser, short.url, 'elina.koski');
      for (let i = 0; i < 3; i += 1) {
        await sleep(1_200);
        expect((await browser.request(`${short.url}/api/me`)).status).toBe(200);
      }
      await sleep(2_300);
      const expired = await browser.request(`${short.url}/api/me`);
      expect(expired.status).toBe(401);
      expect(await expired.json()).toMatchObject({ code: 'session_expired' });
    }, 30_000);
  });
});
