import { createHash } from 'node:crypto';
import { FixedClock, finnishDate } from '@yhdessa/platform';
import { claims, expectEventually, fetchToken, testServers } from '@yhdessa/testing';
import { Redis } from 'ioredis';
import type { Locator, Page } from 'playwright-core';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
import { startClientPlan } from '../../services/client-plan/test/client-plan.fixture.js';
import { ainosPeople, openAinosCase, recordConsent } from './ainos-case.fixture.js';
import { saveButton, writeAinosGoalAndActions } from './plan-editor.fixture.js';
import { serviceCall } from './service-call.fixture.js';
import { axeViolations, journeyOneNoon, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';

/**
 * Journey 2's second half in the browser, from the completed assessment to a signed plan and its new
 * version. Case-coordination, the assessment service and client-plan run behind the gateway on the real
 * Kafka: Sari completes Aino's assessment (through its API; its screens have a test of their own) and the
 * assessment's completion starts the plan's draft in client-plan, its needs from the synthesis, each with
 * its source. In the browser Sari finds the draft, writes the goal with Aino's own words, the actions of
 * the school, youth psychiatry and child protection and the disagreement about the evenings with who
 * holds it, and sends it for signing, recording Aino's date of birth (a plan from an assessment does not
 * know it). The teacher (whose sign-in is too old: the gateway asks her to sign in again), the nurse,
 * Sari, the mother and the foster carer sign in browsers of their own; Aino comments. A week later the
 * psychiatry action changes: version 2 goes out and is signed, while version 1 stays in force until
 * version 2's last signature. axe on every screen.
 */
describe('web: journey 2 — from Aino’s completed assessment to her signed plan and its new version', () => {
  const clock = new FixedClock(journeyOneNoon);
  const aWeekLater = new Date(journeyOneNoon.getTime() + 7 * 86_400_000);
  const inDays = (days: number) => finnishDate(new Date(journeyOneNoon.getTime() + days * 86_400_000));
  let stack: WebStack;
  let assessmentUrl: string;
  let planUrl: string;
  let caseId: string;
  let assessmentId: string;
  const pages = new Map<Person, Page>();
  const ids = new Map<Person, string>();

  type Person = 'sari.virtanen' | 'anna.laine' | 'pekka.nurmi' | 'liisa.aalto' | 'riitta.hakala' | 'aino.aalto';
  const team = [ainosPeople.teacher, ainosPeople.nurse, ainosPeople.mother, ainosPeople.fosterCarer, ainosPeople.aino];
  const everyone: Person[] = ['sari.virtanen', ...team.map(([username]) => username)];
  const signers: Person[] = ['anna.laine', 'pekka.nurmi', 'liisa.aalto', 'riitta.hakala'];

  const assessment = serviceCall(() => assessmentUrl);
  const plan = serviceCall(() => planUrl);
  const page = (who: Person) => pages.get(who)!;

  /** Waits for what a screen should show; on failure keeps a picture of the page for whoever reads the log. */
  async function see(who: Person, locator: Locator, state: 'visible' | 'detached' = 'visible') {
    await locator.waitFor({ state }).catch(async (error: unknown) => {
      await page(who).screenshot({ path: `/tmp/journey-two-plan-${who}.png`, fullPage: true });
      throw error;
    });
  }

  async function expectAxeClean(who: Person): Promise<void> {
    expect(await axeViolations(page(who))).toEqual([]);
  }

  beforeAll(async () => {
    stack = await startWebStack('journey_two_plan', clock, [
      { service: 'assessment', start: (database, at) => startAssessment(database, { clock: at }) },
      { service: 'client-plan', start: (database, at) => startClientPlan(database, { clock: at }) },
    ]);
    assessmentUrl = stack.alongside.assessment!.url;
    planUrl = stack.alongside['client-plan']!.url;
    for (const username of everyone) ids.set(username, claims(await fetchToken(username)).sub);
    caseId = await openAinosCase(stack, { team, since: inDays(0) });
    // The mother consents to the school seeing health information (as in the assessment's half).
    await recordConsent(stack, caseId, 'liisa.aalto', {
      informationClass: 'health',
      toAgency: 'school',
      validFrom: inDays(0),
      validUntil: inDays(180),
    });
    // The assessment service and client-plan learn the care team from case-coordination's events.
    await expectEventually(
      async () => {
        for (const username of everyone) {
          expect([username, (await assessment('GET', `/cases/${caseId}/assessments`, username)).status]).toEqual([username, 200]);
          // client-plan knows the case (no plan yet), not "no such case".
          const none = await plan('GET', `/cases/${caseId}/plan`, username);
          expect([username, none.status, none.body.code]).toEqual([username, 404, 'plan_not_found']);
        }
      },
      60_000,
      500,
    );
    await completeTheAssessment();
    for (const username of everyone) {
      const own = await stack.newPage();
      own.setDefaultTimeout(30_000); // six browsers at once on a busy machine
      await signIn(own, stack, username, '/').catch(async (error: unknown) => {
        await own.screenshot({ path: `/tmp/journey-two-plan-sign-in-${username}.png`, fullPage: true });
        throw error;
      });
      pages.set(username, own);
    }
  }, 480_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  /**
   * The assessment's half, quickly through its API: the five invited, the school's and the foster
   * family's views opposite about the evenings, the nurse's on health; Sari's synthesis keeps the
   * disagreement and names two needs; she completes it.
   */
  async function completeTheAssessment(): Promise<void> {
    const started = await assessment('POST', `/cases/${caseId}/assessments`, 'sari.virtanen', {
      kind: 'service-needs',
      invitations: team.map(([username]) => ({ userId: ids.get(username)!, dueOn: inDays(14) })),
    });
    expect(started.status).toBe(201);
    assessmentId = started.body.assessmentId;
    const invitationOf = (username: Person): string =>
      started.body.invitations.find((invitation: { userId: string }) => invitation.userId === ids.get(username)!).invitationId;
    const base = `/cases/${caseId}/assessments/${assessmentId}`;
    const views: Array<[Person, Record<string, object>]> = [
      [
        'anna.laine',
        {
          'leisure-and-friends': { score: 2, concerns: 'Illat myöhään ulkona, väsynyt aamuisin.' },
          'learning-and-school': { score: 3 },
        },
      ],
      ['riitta.hakala', { 'leisure-and-friends': { score: 5, strengths: 'Illat sujuvat hyvin, kaverit käyvät meillä.' } }],
      ['pekka.nurmi', { health: { score: 2, concerns: 'Univaikeuksia, seuranta huhtikuussa.' } }],
    ];
    for (const [username, domains] of views) {
      const saved = await assessment('PUT', `${base}/contributions/mine`, username, {
        expectedVersion: 0,
        answers: { frameVersion: 1, domains },
      });
      expect([username, saved.status, saved.body.code]).toEqual([username, 200, undefined]);
      const submitted = await assessment('POST', `${base}/contributions/mine/submit`, username, {
        expectedVersion: saved.body.version,
      });
      expect([username, submitted.status]).toEqual([username, 200]);
    }
    const [anna, riitta, pekka] = (['anna.laine', 'riitta.hakala', 'pekka.nurmi'] as const).map(invitationOf);
    const synthesis = await assessment('PUT', `${base}/synthesis`, 'sari.virtanen', {
      expectedVersion: 0,
      synthesis: {
        domains: [
          {
            domain: 'leisure-and-friends',
            agreements: 'Aamut koulussa alkavat väsyneinä.',
            disagreements: [{ text: 'Koulu näkee myöhäiset illat; sijaisperhe näkee illat hyvinä.', views: [anna, riitta] }],
            childView: 'Aino sanoo vapaa-ajan menevän tosi hyvin.',
          },
        ],
        familySummary: 'Aino voi koulussa kohtalaisesti. Iltojen sujumisesta ollaan eri mieltä, ja siitä jatketaan yhdessä.',
        needs: [
          { text: 'Tuki koulunkäyntiin ja luokassa pysymiseen', domains: ['learning-and-school'], fromInvitations: [anna] },
          {
            text: 'Rauhalliset illat ja riittävä uni',
            domains: ['leisure-and-friends', 'health'],
            fromInvitations: [anna, riitta, pekka],
          },
        ],
      },
    });
    expect([synthesis.status, synthesis.body.code]).toEqual([200, undefined]);
    const completed = await assessment('POST', `${base}/complete`, 'sari.virtanen', { expectedVersion: synthesis.body.version });
    expect([completed.status, completed.body.code]).toEqual([200, undefined]);
  }

  async function openPlan(who: Person, heading: string): Promise<Page> {
    const own = page(who);
    await own.goto(`${stack.url}/cases/${caseId}/plan`, { timeout: 60_000 });
    await see(who, own.getByRole('heading', { level: 2, name: heading }));
    await expectAxeClean(who);
    return own;
  }

  /** Makes `who`'s sign-in older than the signing window, where the gateway keeps the session. */
  async function signedInLongAgo(who: Person): Promise<void> {
    const cookie = (await page(who).context().cookies(stack.url)).find((each) => each.name === 'yhdessa_session')!;
    const key = `gateway:session:${createHash('sha256').update(cookie.value).digest('base64url')}`;
    const redis = new Redis(testServers().redisUrl, { maxRetriesPerRequest: 2 });
    try {
      const session = JSON.parse((await redis.get(key))!) as { authenticatedAt?: number };
      await redis.set(key, JSON.stringify({ ...session, authenticatedAt: Date.now() - 10 * 60_000 }), 'KEEPTTL');
    } finally {
      await redis.quit();
    }
  }

  /**
   * Signs as `who` on the sign-off panel. A signature needs a sign-in within 5 minutes: when the gateway
   * asks, the signer enters the password again on Keycloak's page, comes back to the panel and signs.
   * Resolves whether that step-up happened.
   */
  async function sign(who: Person, heading: string): Promise<boolean> {
    const own = await openPlan(who, heading);
    const [signing] = await Promise.all([
      own.waitForResponse(
        (response) => response.request().method() === 'POST' && /\/answers$/.test(new URL(response.url()).pathname),
      ),
      own.getByRole('button', { name: 'Allekirjoita' }).click(),
    ]);
    if (signing.status() !== 403) {
      expect([who, signing.status()]).toEqual([who, 200]);
      await see(who, own.getByRole('button', { name: 'Allekirjoita' }), 'detached');
      return false;
    }
    // 403 reauthentication_required: the page goes to Keycloak at once.
    await own.waitForURL((url) => url.href.startsWith(testServers().keycloakUrl));
    const usernameField = own.locator('#username');
    if (await usernameField.isVisible()) await usernameField.fill(who);
    await own.locator('#password').fill('demo');
    await own.locator('#kc-login').click();
    await own.waitForURL((url) => url.href.startsWith(stack.url) && url.hash.startsWith('#plan-sign-off-'));
    await see(who, own.getByRole('heading', { level: 2, name: heading }));
    await expectAxeClean(who);
    await own.getByRole('button', { name: 'Allekirjoita' }).click();
    await see(who, own.getByRole('button', { name: 'Allekirjoita' }), 'detached');
    return true;
  }

  it('finds the draft the completed assessment started, its needs with their source, and writes the plan in the editor', async () => {
    // The completion travelled over Kafka from the assessment service to client-plan: the draft is there.
    await expectEventually(
      async () => {
        const draft = await plan('GET', `/cases/${caseId}/plan`, 'sari.virtanen');
        expect(draft.status).toBe(200);
        expect(draft.body.open).toMatchObject({ version: 1, status: 'draft' });
      },
      60_000,
      500,
    );
    // Sari finds it from Aino's case.
    const sari = page('sari.virtanen');
    await sari.goto(`${stack.url}/cases/${caseId}`);
    await sari.getByRole('link', { name: 'Asiakassuunnitelma', exact: true }).click();
    await see('sari.virtanen', sari.getByRole('heading', { level: 2, name: 'Versio 1: luonnos' }));
    await expectAxeClean('sari.virtanen');
    const needs = sari
      .getByRole('listitem')
      .filter({ hasText: /^Tuki koulunkäyntiin ja luokassa pysymiseen|^Rauhalliset illat/ });
    await see(
      'sari.virtanen',
      needs.filter({ hasText: '(Lähde: monitoimijainen arviointi, osa-alueet oppiminen ja koulu, 1 näkemyksestä)' }),
    );
    await see(
      'sari.virtanen',
      needs.filter({
        hasText: '(Lähde: monitoimijainen arviointi, osa-alueet vapaa-aika ja kaverit, terveys, 3 näkemyksestä)',
      }),
    );

    await sari.getByRole('link', { name: 'Muokkaa suunnitelmaa' }).click();
    await see('sari.virtanen', sari.getByRole('heading', { level: 1, name: 'Muokkaa asiakassuunnitelmaa' }));
    await see(
      'sari.virtanen',
      sari.getByText('Lähde: monitoimijainen arviointi, osa-alueet vapaa-aika ja kaverit, terveys, 3 näkemyksestä'),
    );
    await expectAxeClean('sari.virtanen');

    await writeAinosGoalAndActions(sari);
    await sari.getByRole('button', { name: 'Lisää eriävä näkemys' }).click();
    const held = sari.getByRole('group', { name: 'Eriävä näkemys 1' });
    await held.getByRole('textbox', { name: 'Mistä asiasta' }).fill('Illat');
    await held.getByRole('textbox', { name: 'Kenen näkemys' }).fill('koulu');
    await held.getByRole('textbox', { name: 'Näkemys', exact: true }).fill('Aino on arki-iltaisin liian myöhään ulkona');
    await sari
      .getByRole('textbox', { name: /Miten lapsen mielipide selvitettiin/ })
      .fill('Arvioinnin lomake ja tapaaminen koulussa');
    await sari.getByRole('textbox', { name: /Mitä lapsi ajattelee/ }).fill('Aino haluaa pysyä luokallaan ja nähdä ystäviään.');
    await sari.getByRole('textbox', { name: /Tarkistetaan viimeistään/ }).fill('30.6.2027');
    await expectAxeClean('sari.virtanen');
    await saveButton(sari).click();
    await see('sari.virtanen', sari.getByText('Tallennettu: versio 1, tallennus 2.'));
    await expectAxeClean('sari.virtanen');

    const saved = await plan('GET', `/cases/${caseId}/plan`, 'sari.virtanen');
    const content = saved.body.open.content;
    expect(
      content.needs.map((need: { text: string; source: { assessmentId: string } }) => [need.text, need.source.assessmentId]),
    ).toEqual([
      ['Tuki koulunkäyntiin ja luokassa pysymiseen', assessmentId],
      ['Rauhalliset illat ja riittävä uni', assessmentId],
    ]);
    expect(content.goals).toEqual([
      expect.objectContaining({ professional: 'Aino käy koulua joka päivä', childWords: 'Haluan pysyä tällä luokalla' }),
    ]);
    expect(content.actions.map((action: { agency: string }) => action.agency)).toEqual([
      'school',
      'psychiatry',
      'child-protection',
    ]);
    expect(content.disagreements).toEqual([
      expect.objectContaining({ topic: 'Illat', heldBy: 'koulu', view: 'Aino on arki-iltaisin liian myöhään ulkona' }),
    ]);
  }, 300_000);

  it('goes out for signing with Aino’s date of birth and comes into force when the five have signed, Aino commenting', async () => {
    const sari = await openPlan('sari.virtanen', 'Versio 1: luonnos');
    await see('sari.virtanen', sari.getByRole('cell', { name: 'Haluan pysyä tällä luokalla' }));
    await sari.getByRole('button', { name: 'Lähetä allekirjoitettavaksi' }).click();
    // A plan started from an assessment does not know the child's age: Sari records it on the panel.
    await see(
      'sari.virtanen',
      sari.getByText('Kirjaa lapsen syntymäaika suunnitelmaan ennen allekirjoituksia', { exact: false }),
    );
    await expectAxeClean('sari.virtanen');
    await sari.getByLabel('Lapsen syntymäaika').fill('14.9.2012');
    await sari.getByRole('button', { name: 'Tallenna syntymäaika ja lähetä allekirjoitettavaksi' }).click();
    await see('sari.virtanen', sari.getByRole('heading', { level: 2, name: 'Versio 1: allekirjoitettavana' }));
    await see('sari.virtanen', sari.getByRole('heading', { name: 'Allekirjoitukset (0/5)' }));
    await see('sari.virtanen', sari.getByRole('cell', { name: 'kommentti' })); // Aino, 14: asked to comment
    await expectAxeClean('sari.virtanen');

    // The teacher signed in long ago: the gateway asks her to sign in again before her signature counts.
    await signedInLongAgo('anna.laine');
    expect(await sign('anna.laine', 'Versio 1: allekirjoitettavana')).toBe(true);
    for (const username of ['pekka.nurmi', 'liisa.aalto', 'riitta.hakala'] as Person[])
      await sign(username, 'Versio 1: allekirjoitettavana');
    const aino = await openPlan('aino.aalto', 'Versio 1: allekirjoitettavana');
    await see('aino.aalto', aino.getByRole('cell', { name: 'Haluan pysyä tällä luokalla' }));
    await aino.getByLabel('Kommenttisi').fill('Tukiopetus on ihan hyvä.');
    await aino.getByRole('button', { name: 'Lähetä kommentti' }).click();
    await see('aino.aalto', aino.getByRole('cell', { name: /Kommentoitu .*: Tukiopetus on ihan hyvä\./ }));
    await expectAxeClean('aino.aalto');
    await sign('sari.virtanen', 'Versio 1: allekirjoitettavana');

    const liisa = await openPlan('liisa.aalto', 'Versio 1: voimassa');
    await see('liisa.aalto', liisa.getByRole('cell', { name: 'Haluan pysyä tällä luokalla' }));
    await see('liisa.aalto', liisa.getByText(/Illat: Aino on arki-iltaisin liian myöhään ulkona \(koulu\)/));
    const inForce = await plan('GET', `/cases/${caseId}/plan`, 'sari.virtanen');
    expect(inForce.body.inForce).toMatchObject({ version: 1, status: 'in-force' });
    expect(inForce.body.open).toBeNull();
  }, 480_000);

  it('a week later signs the changed psychiatry action as version 2, version 1 in force until its last signature', async () => {
    clock.set(aWeekLater);
    const sari = await openPlan('sari.virtanen', 'Versio 1: voimassa');
    await sari.getByRole('link', { name: 'Muokkaa suunnitelmaa' }).click();
    await see('sari.virtanen', sari.getByRole('heading', { level: 1, name: 'Muokkaa asiakassuunnitelmaa' }));
    await sari
      .getByRole('group', { name: 'Toimenpide 2' })
      .getByRole('textbox', { name: 'Mitä tehdään' })
      .fill('Nuorisopsykiatrian poliklinikan käynnit joka viikko');
    await expectAxeClean('sari.virtanen');
    await saveButton(sari).click();
    await see('sari.virtanen', sari.getByText(/^Tallennettu: versio 2, tallennus 1\./));

    const opened = await openPlan('sari.virtanen', 'Versio 2: luonnos');
    await see('sari.virtanen', opened.getByRole('heading', { level: 2, name: 'Versio 1: voimassa' }));
    await opened.getByRole('button', { name: 'Lähetä allekirjoitettavaksi' }).click();
    await see('sari.virtanen', opened.getByRole('heading', { level: 2, name: 'Versio 2: allekirjoitettavana' }));
    await expectAxeClean('sari.virtanen');
    for (const username of signers) await sign(username, 'Versio 2: allekirjoitettavana');
    // Four of five have signed: version 1 is still the plan in force.
    const meanwhile = await openPlan('liisa.aalto', 'Versio 2: allekirjoitettavana');
    await see('liisa.aalto', meanwhile.getByRole('heading', { level: 2, name: 'Versio 1: voimassa' }));
    const stillOne = await plan('GET', `/cases/${caseId}/plan`, 'sari.virtanen');
    expect(stillOne.body.inForce).toMatchObject({ version: 1 });
    expect(stillOne.body.open).toMatchObject({ version: 2, status: 'signing' });

    await sign('sari.virtanen', 'Versio 2: allekirjoitettavana');
    const liisa = await openPlan('liisa.aalto', 'Versio 2: voimassa');
    expect(await liisa.getByRole('heading', { level: 2, name: 'Versio 1: voimassa' }).count()).toBe(0);
    await see('liisa.aalto', liisa.getByRole('cell', { name: 'Nuorisopsykiatrian poliklinikan käynnit joka viikko' }));
    const signed = await plan('GET', `/cases/${caseId}/plan`, 'sari.virtanen');
    expect(signed.body.inForce).toMatchObject({ version: 2, status: 'in-force' });
    // Signed a week after version 1: the services' clock moved on.
    const signedAt = (signed.body.inForce.round.signatories as Array<{ part: string; answer: { at: string } | null }>)
      .filter((signatory) => signatory.part === 'signs')
      .map((signatory) => new Date(signatory.answer!.at).getTime());
    expect(signedAt).toHaveLength(5);
    expect(signedAt).toEqual(signedAt.map(() => aWeekLater.getTime()));
  }, 480_000);
});
