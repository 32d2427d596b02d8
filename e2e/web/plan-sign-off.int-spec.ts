import { createHash } from 'node:crypto';
import { claims, expectEventually, fetchToken, testServers } from '@yhdessa/testing';
import { Redis } from 'ioredis';
import type { Page } from 'playwright-core';
import { startClientPlan } from '../../services/client-plan/test/client-plan.fixture.js';
import { axeViolations, journeyOneNoon, screenshot, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';
import { ainosPeople, openAinosCase } from './ainos-case.fixture.js';
import { serviceCall } from './service-call.fixture.js';
import { FixedClock } from '@yhdessa/platform';

/**
 * Journey 2's plan in the browser: Aino's plan, drafted by Sari, is signed by five parties in browsers
 * of their own (the teacher, the youth-psychiatry nurse, Sari, Aino's mother and the foster carer; Aino,
 * 14, comments). The mother first declines with a reason, which sends the version back to draft for
 * everyone to see; Sari sends it again and everyone signs. Then the psychiatry action changes: version 2
 * is signed again, while version 1 stays in force until the last signature. axe on every screen.
 */
describe('web: the client plan signed by every party', () => {
  let stack: WebStack;
  let planUrl: string;
  let caseId: string;
  const pages = new Map<string, Page>();
  const tokens = new Map<string, string>();

  const people = [ainosPeople.teacher, ainosPeople.nurse, ainosPeople.mother, ainosPeople.fosterCarer, ainosPeople.aino] as const;

  const plan = serviceCall(() => planUrl);

  const content = (psychiatry: string) => ({
    needs: [{ id: 'n1', text: 'Rauhalliset illat ja tuki koulussa', source: null }],
    goals: [{ id: 'g1', professional: 'Aino käy koulua joka päivä', childWords: 'Haluan jäädä tälle luokalle', needIds: ['n1'] }],
    actions: [
      {
        id: 'school',
        what: 'Tukiopetus kahdesti viikossa',
        agency: 'school',
        responsible: { userId: claims(tokens.get('anna.laine')!).sub, name: 'Anna Laine' },
        start: '2027-01-07',
        due: '2027-03-31',
        goalIds: ['g1'],
      },
      {
        id: 'psychiatry',
        what: psychiatry,
        agency: 'psychiatry',
        responsible: { userId: claims(tokens.get('pekka.nurmi')!).sub, name: 'Pekka Nurmi' },
        start: '2027-01-07',
        due: '2027-04-30',
        goalIds: ['g1'],
      },
      {
        id: 'family-work',
        what: 'Perhetyö arki-iltaisin',
        agency: 'child-protection',
        responsible: { userId: claims(tokens.get('sari.virtanen')!).sub, name: 'Sari Virtanen' },
        start: '2027-01-07',
        due: '2027-02-28',
        goalIds: [],
      },
    ],
    services: [{ id: 's1', name: 'Perhetyö', agency: 'child-protection' }],
    participants: [{ name: 'Aino', part: 'lapsi' }],
    childView: { howFoundOut: 'Tapaaminen koulussa', view: 'Aino haluaa jäädä luokalleen ja nähdä ystäviään.' },
    disagreements: [{ id: 'd1', topic: 'Illat', view: 'Aino on arki-iltaisin liian myöhään ulkona', heldBy: 'koulu' }],
    reviewOn: '2027-06-30',
  });

  beforeAll(async () => {
    stack = await startWebStack('plan_sign_off', new FixedClock(journeyOneNoon), [
      { service: 'client-plan', start: (database, clock) => startClientPlan(database, { clock }) },
    ]);
    planUrl = stack.alongside['client-plan']!.url;
    for (const username of ['sari.virtanen', ...people.map(([name]) => name)]) tokens.set(username, await fetchToken(username));
    caseId = await openAinosCase(stack, { team: people });
    // client-plan learns the care team from case-coordination's events: the plan starts once it knows Sari's case.
    await expectEventually(
      async () => {
        expect((await plan('POST', `/cases/${caseId}/plan`, 'sari.virtanen', { childDateOfBirth: '2012-09-14' })).status).toBe(
          201,
        );
      },
      60_000,
      500,
    );
    await expectEventually(
      async () => {
        for (const [username] of people) expect((await plan('GET', `/cases/${caseId}/plan`, username)).status).toBe(200);
      },
      60_000,
      500,
    );
    const saved = await plan('PUT', `/cases/${caseId}/plan/draft`, 'sari.virtanen', {
      base: { version: 1, revision: 1 },
      content: content('Nuorisopsykiatrian sairaanhoitajan tapaaminen kerran kuussa'),
    });
    expect(saved.status).toBe(200);
    for (const username of ['sari.virtanen', ...people.map(([name]) => name)]) {
      const page = await stack.newPage();
      page.setDefaultTimeout(30_000); // six browsers at once on a busy machine
      await signIn(page, stack, username, `/cases/${caseId}/plan`);
      pages.set(username, page);
    }
  }, 480_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  const page = (username: string) => pages.get(username)!;
  async function openPlan(username: string, heading: string): Promise<Page> {
    const own = page(username);
    await own.goto(`${stack.url}/cases/${caseId}/plan`, { timeout: 60_000 });
    await own
      .getByRole('heading', { level: 2, name: heading })
      .waitFor()
      .catch(async (error: unknown) => {
        await own.screenshot({ path: `/tmp/plan-sign-off-${username}.png`, fullPage: true });
        throw error;
      });
    expect(await axeViolations(own)).toEqual([]);
    return own;
  }
  /**
   * Signs as `username`. A signature needs a sign-in within 5 minutes, and these browsers signed in
   * at the start: when the gateway asks, the signer enters the password again on Keycloak's page and
   * comes back to the sign-off panel to sign. Resolves whether that step-up happened.
   */
  async function sign(username: string, heading: string): Promise<boolean> {
    const own = await openPlan(username, heading);
    const [signing] = await Promise.all([
      own.waitForResponse(
        (response) => response.request().method() === 'POST' && /\/answers$/.test(new URL(response.url()).pathname),
      ),
      own.getByRole('button', { name: 'Allekirjoita' }).click(),
    ]);
    if (signing.status() !== 403) {
      await own.getByRole('button', { name: 'Allekirjoita' }).waitFor({ state: 'detached' });
      return false;
    }
    // 403 reauthentication_required: the page goes to Keycloak at once (its body is gone with the navigation).
    await own.waitForURL((url) => url.href.startsWith(testServers().keycloakUrl));
    const usernameField = own.locator('#username');
    if (await usernameField.isVisible()) await usernameField.fill(username);
    await own.locator('#password').fill('demo');
    await own.locator('#kc-login').click();
    await own.waitForURL((url) => url.href.startsWith(stack.url) && url.hash.startsWith('#plan-sign-off-'));
    await own.getByRole('heading', { level: 2, name: heading }).waitFor();
    await own.getByRole('button', { name: 'Allekirjoita' }).click();
    await own.getByRole('button', { name: 'Allekirjoita' }).waitFor({ state: 'detached' });
    return true;
  }

  /** Makes `username`'s sign-in older than the signing window, where the gateway keeps the session. */
  async function signedInLongAgo(username: string): Promise<void> {
    const cookie = (await page(username).context().cookies(stack.url)).find((each) => each.name === 'yhdessa_session')!;
    const key = `gateway:session:${createHash('sha256').update(cookie.value).digest('base64url')}`;
    const redis = new Redis(testServers().redisUrl, { maxRetriesPerRequest: 2 });
    try {
      const session = JSON.parse((await redis.get(key))!) as { authenticatedAt?: number };
      await redis.set(key, JSON.stringify({ ...session, authenticatedAt: Date.now() - 10 * 60_000 }), 'KEEPTTL');
    } finally {
      await redis.quit();
    }
  }

  it('goes out for signing, comes back with the mother’s reason, and comes into force when everyone has signed', async () => {
    const sari = await openPlan('sari.virtanen', 'Versio 1: luonnos');
    await sari.getByRole('button', { name: 'Lähetä allekirjoitettavaksi' }).click();
    await sari.getByRole('heading', { level: 2, name: 'Versio 1: allekirjoitettavana' }).waitFor();
    await sari.getByRole('heading', { name: 'Allekirjoitukset (0/5)' }).waitFor();
    await screenshot(sari, 'plan-sign-off');

    await signedInLongAgo('anna.laine');
    expect(await sign('anna.laine', 'Versio 1: allekirjoitettavana')).toBe(true); // through the step-up sign-in
    // The school sees its own action, not the psychiatry one (no consent to health information).
    const anna = page('anna.laine');
    expect(await anna.getByRole('table', { name: 'Toimenpiteet' }).getByRole('row').count()).toBe(2);
    await anna.getByText('Toisten tahojen toimenpiteitä, joita et voi nähdä ilman perheen suostumusta: 2.').waitFor();

    const liisa = await openPlan('liisa.aalto', 'Versio 1: allekirjoitettavana');
    expect(await liisa.getByRole('table', { name: 'Toimenpiteet' }).getByRole('row').count()).toBe(4); // the family sees the whole plan
    await liisa.getByRole('button', { name: 'Kieltäydy allekirjoittamasta' }).click();
    await liisa.getByText('Kirjoita tähän jotain.').waitFor();
    await liisa.getByLabel('Miksi et allekirjoita?').fill('Illat eivät ole sellaiset kuin koulu sanoo.');
    await liisa.getByRole('button', { name: 'Kieltäydy allekirjoittamasta' }).click();
    await liisa.getByRole('heading', { level: 2, name: 'Versio 1: luonnos' }).waitFor();
    await liisa.getByRole('cell', { name: /Kieltäytyi .*: Illat eivät ole sellaiset kuin koulu sanoo\./ }).waitFor();
    await screenshot(liisa, 'plan-declined');

    await openPlan('sari.virtanen', 'Versio 1: luonnos');
    await sari.getByRole('cell', { name: /Illat eivät ole sellaiset kuin koulu sanoo\./ }).waitFor();
    await sari.getByRole('button', { name: 'Lähetä allekirjoitettavaksi' }).click();
    await sari.getByRole('heading', { level: 2, name: 'Versio 1: allekirjoitettavana' }).waitFor();

    for (const username of ['anna.laine', 'pekka.nurmi', 'liisa.aalto', 'riitta.hakala'])
      await sign(username, 'Versio 1: allekirjoitettavana');
    const aino = await openPlan('aino.aalto', 'Versio 1: allekirjoitettavana');
    await aino.getByLabel('Kommenttisi').fill('Tukiopetus on ihan hyvä.');
    await aino.getByRole('button', { name: 'Lähetä kommentti' }).click();
    await aino.getByRole('cell', { name: /Kommentoitu .*: Tukiopetus on ihan hyvä\./ }).waitFor();
    await sign('sari.virtanen', 'Versio 1: allekirjoitettavana');
    await openPlan('liisa.aalto', 'Versio 1: voimassa');
    await screenshot(page('liisa.aalto'), 'plan-in-force');
  }, 480_000);

  it('signs the new psychiatry-action version again while version 1 stays in force until the last signature', async () => {
    const current = await plan('GET', `/cases/${caseId}/plan`, 'pekka.nurmi');
    const changed = await plan('PUT', `/cases/${caseId}/plan/draft`, 'pekka.nurmi', {
      base: { version: 1, revision: current.body.inForce.revision },
      content: content('Nuorisopsykiatrian poliklinikan käynnit joka viikko'),
    });
    expect(changed.body.open).toMatchObject({ version: 2, status: 'draft' });
    const sari = await openPlan('sari.virtanen', 'Versio 2: luonnos');
    await sari.getByRole('heading', { level: 2, name: 'Versio 1: voimassa' }).waitFor();
    await sari.getByRole('button', { name: 'Lähetä allekirjoitettavaksi' }).click();
    await sari.getByRole('heading', { level: 2, name: 'Versio 2: allekirjoitettavana' }).waitFor();
    for (const username of ['anna.laine', 'pekka.nurmi', 'liisa.aalto', 'riitta.hakala'])
      await sign(username, 'Versio 2: allekirjoitettavana');
    await page('liisa.aalto').getByRole('heading', { level: 2, name: 'Versio 1: voimassa' }).waitFor(); // still in force
    await sign('sari.virtanen', 'Versio 2: allekirjoitettavana');
    const liisa = await openPlan('liisa.aalto', 'Versio 2: voimassa');
    expect(await liisa.getByRole('heading', { level: 2, name: 'Versio 1: voimassa' }).count()).toBe(0);
    await liisa.getByRole('cell', { name: 'Nuorisopsykiatrian poliklinikan käynnit joka viikko' }).waitFor();
  }, 480_000);
});
