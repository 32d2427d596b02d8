import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Browser, loginFormAction, signIn } from './browser.fixture.js';
import { startGateway, type GatewayUnderTest } from './gateway.fixture.js';
import { SessionsInRedis } from './session.fixture.js';

/** A stand-in for the client-plan service behind the gateway: answers 200 and keeps what reached it. */
async function startPlanStandIn(): Promise<{
  url: string;
  received: { method: string; path: string; body: string }[];
  server: Server;
}> {
  const received: { method: string; path: string; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ method: request.method!, path: request.url!, body });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
}

describe('a signature needs a recent sign-in: the gateway asks for the password again', () => {
  let gateway: GatewayUnderTest;
  let plan: Awaited<ReturnType<typeof startPlanStandIn>>;
  let host: string;
  const sessions = new SessionsInRedis();
  const caseId = '4f1d2c3b-5a69-4e7f-8a9b-0c1d2e3f4a5b';
  const answers = `/cases/${caseId}/plan/versions/1/answers`;

  beforeAll(async () => {
    plan = await startPlanStandIn();
    gateway = await startGateway({ database: 'yhdessa_test_gateway_step_up', services: { 'client-plan': plan.url } });
    host = new URL(gateway.url).host;
  }, 90_000);

  afterAll(async () => {
    await gateway?.close();
    await sessions.close();
    await new Promise((resolve) => plan?.server.close(resolve));
  });

  const answer = (browser: Browser, body: Record<string, unknown>) =>
    browser.request(`${gateway.url}/api/client-plan${answers}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': browser.cookie(host, 'yhdessa_csrf')! },
      body: JSON.stringify(body),
    });
  const sign = { answer: 'sign', contentHash: 'a'.repeat(64) };
  const reached = () =>
    plan.received.filter((request) => request.path === answers).map((request) => JSON.parse(request.body) as unknown);

  it('keeps the ID token’s auth_time as the session’s sign-in time, and forwards a signature made within the window', async () => {
    const browser = new Browser();
    const before = Date.now();
    await signIn(browser, gateway.url, 'liisa.aalto');
    const session = (await sessions.read(browser, host))!;
    // Keycloak's auth_time is whole seconds: the password went in during this test's sign-in.
    expect(session.authenticatedAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(session.authenticatedAt).toBeLessThanOrEqual(Date.now());
    plan.received.length = 0;
    const signed = await answer(browser, sign);
    expect(signed.status).toBe(200);
    expect(reached()).toEqual([sign]);
  }, 30_000);

  it('refuses a signature when the sign-in is older than five minutes, forwarding nothing; a comment or decline still goes through', async () => {
    const browser = new Browser();
    await signIn(browser, gateway.url, 'liisa.aalto');
    await sessions.change(browser, host, { authenticatedAt: Date.now() - 5 * 60_000 - 1_000 });
    plan.received.length = 0;
    const refused = await answer(browser, sign);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await refused.json()).toMatchObject({
      code: 'reauthentication_required',
      loginPath: '/auth/login?reauth=1',
      withinSeconds: 300,
    });
    // However the address is spelled.
    const spelled = await browser.request(`${gateway.url}/api/client-plan/cases/${caseId}/plan/versions/1/x/../%61nswers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': browser.cookie(host, 'yhdessa_csrf')! },
      body: JSON.stringify(sign),
    });
    expect(spelled.status).toBe(403);
    expect(reached()).toEqual([]);
    const declined = await answer(browser, { answer: 'decline', contentHash: 'a'.repeat(64), remark: 'Ei näin' });
    expect(declined.status).toBe(200);
    expect(reached()).toEqual([{ answer: 'decline', contentHash: 'a'.repeat(64), remark: 'Ei näin' }]);
    // A session whose sign-in time is unknown signs after a step-up too.
    await sessions.change(browser, host, { authenticatedAt: undefined });
    expect((await answer(browser, sign)).status).toBe(403);
  }, 30_000);

  it('steps up through Keycloak’s real login form though its own session is live, and the new sign-in signs', async () => {
    const browser = new Browser();
    await signIn(browser, gateway.url, 'kari.saarinen');
    await sessions.change(browser, host, { authenticatedAt: Date.now() - 10 * 60_000 });
    const oldSession = browser.cookie(host, 'yhdessa_session')!;
    expect((await answer(browser, sign)).status).toBe(403);

    // An ordinary sign-in now passes through Keycloak's live session without asking anything…
    const passing = await browser.follow(`${gateway.url}/auth/login?returnTo=/`, {}, (url) =>
      url.startsWith(`${gateway.url}/auth/callback`),
    );
    expect(passing.response).toBeNull();
    // …(that attempt is left unfinished) while the step-up shows the login form.
    const returnTo = `/cases/${caseId}/plan#sign-off`;
    const stepUp = await browser.follow(`${gateway.url}/auth/login?reauth=1&returnTo=${encodeURIComponent(returnTo)}`);
    expect(new URL(stepUp.url).searchParams.get('prompt')).toBe('login');
    const action = loginFormAction(await stepUp.response!.text());
    expect(action).not.toBeNull();
    const back = await browser.follow(
      action!,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: 'kari.saarinen', password: 'demo' }),
      },
      (url) => url.startsWith(gateway.url) && !url.startsWith(`${gateway.url}/auth/`),
    );
    expect(back.url).toBe(`${gateway.url}${returnTo}`);
    expect(browser.cookie(host, 'yhdessa_session')).not.toBe(oldSession);
    const session = (await sessions.read(browser, host))!;
    expect(Date.now() - session.authenticatedAt!).toBeLessThan(60_000);

    plan.received.length = 0;
    expect((await answer(browser, sign)).status).toBe(200);
    expect(reached()).toEqual([sign]);
    // The session it replaced is gone.
    const withOld = await fetch(`${gateway.url}/api/me`, { headers: { cookie: `yhdessa_session=${oldSession}` } });
    expect(withOld.status).toBe(401);
  }, 45_000);
});
