import { claims, fetchToken } from '@yhdessa/testing';
import { Browser, signIn } from './browser.fixture.js';
import { startGateway, type GatewayUnderTest } from './gateway.fixture.js';

/** An answer of the directory: a list of people, or problem details. */
interface Found {
  status: number;
  body: Array<{ displayName: string }> & { code?: string; errors?: unknown[] };
}

/**
 * `GET /api/people`: professionals found by name in the real Keycloak through the gateway's own
 * service account, for a signed-in professional; the family neither listed nor let in.
 */
describe('the people directory at the gateway', () => {
  let gateway: GatewayUnderTest;
  let sari: Browser;

  beforeAll(async () => {
    gateway = await startGateway({ database: 'yhdessa_test_gateway_people' });
    sari = new Browser();
    await signIn(sari, gateway.url, 'sari.virtanen');
  }, 90_000);

  afterAll(async () => {
    await gateway?.close();
  });

  const find = async (browser: Browser, query: string): Promise<Found> => {
    const answer = await browser.request(`${gateway.url}/api/people?${query}`);
    return { status: answer.status, body: (await answer.json()) as Found['body'] };
  };

  it('finds a professional by the beginning of a name: id, name, agency and roles, nothing else', async () => {
    const jukka = claims(await fetchToken('jukka.lehto'));
    for (const typed of ['jukka', 'Lehto', 'ju', 'Jukka Le']) {
      const found = await find(sari, `q=${encodeURIComponent(typed)}`);
      expect(found.status).toBe(200);
      expect(found.body).toEqual([
        { userId: jukka.sub, displayName: 'Jukka Lehto', agency: 'child-protection', roles: ['cp-social-worker'] },
      ]);
    }
    const school = await find(sari, 'q=anna');
    expect(school.body).toEqual([expect.objectContaining({ displayName: 'Anna Laine', agency: 'school', roles: ['teacher'] })]);
  }, 30_000);

  it('never lists the family: guardians, children and foster carers are client data', async () => {
    expect((await find(sari, 'q=aalto')).body).toEqual([]);
    expect((await find(sari, 'q=liisa')).body).toEqual([]);
    expect((await find(sari, 'q=riitta')).body).toEqual([]);
    expect((await find(sari, 'q=service-account')).body).toEqual([]);
  }, 30_000);

  it('lists only holders of the role asked for, in alphabetical order', async () => {
    // "sa" begins Sari Virtanen and Markku Salo (a service manager).
    const everyone = await find(sari, 'q=sa');
    expect(everyone.body.map((person) => person.displayName)).toEqual(['Markku Salo', 'Sari Virtanen']);
    const socialWorkers = await find(sari, 'q=sa&role=cp-social-worker');
    expect(socialWorkers.body.map((person) => person.displayName)).toEqual(['Sari Virtanen']);
  }, 30_000);

  it('asks for at least two characters and a known professional role (400 validation_failed naming the field)', async () => {
    const short = await find(sari, 'q=j');
    expect(short.status).toBe(400);
    expect(short.body.code).toBe('validation_failed');
    expect(short.body.errors).toEqual([expect.objectContaining({ path: 'q' })]);
    const guardians = await find(sari, 'q=aalto&role=guardian');
    expect(guardians.status).toBe(400);
    expect(guardians.body.errors).toEqual([expect.objectContaining({ path: 'role' })]);
  }, 30_000);

  it('refuses a guardian (403 people_directory_refused) and anyone without a session (401)', async () => {
    const liisa = new Browser();
    await signIn(liisa, gateway.url, 'liisa.aalto');
    const refused = await find(liisa, 'q=jukka');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('people_directory_refused');
    const anonymous = await fetch(`${gateway.url}/api/people?q=jukka`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as Found['body']).code).toBe('session_required');
  }, 30_000);

  it('answers 503 identity_provider_unavailable when Keycloak refuses its service account', async () => {
    const misconfigured = await startGateway({
      database: 'yhdessa_test_gateway_people',
      env: { PEOPLE_DIRECTORY_CLIENT_SECRET: 'not-the-secret' },
    });
    try {
      const browser = new Browser();
      await signIn(browser, misconfigured.url, 'sari.virtanen');
      const answer = await browser.request(`${misconfigured.url}/api/people?q=jukka`);
      expect(answer.status).toBe(503);
      expect(((await answer.json()) as Found['body']).code).toBe('identity_provider_unavailable');
    } finally {
      await misconfigured.close();
    }
  }, 90_000);
});
