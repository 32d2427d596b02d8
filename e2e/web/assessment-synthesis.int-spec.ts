import { FixedClock } from '@yhdessa/platform';
import { claims, expectEventually, fetchToken } from '@yhdessa/testing';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
import { axeViolations, journeyOneNoon, screenshot, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';
import { ainosPeople, openAinosCase } from './ainos-case.fixture.js';
import { serviceCall } from './service-call.fixture.js';

/**
 * Journey 2's assessment up to its completion, in the browser: Aino (14) fills in her own form on a
 * phone — five faces per topic, her own words — and chooses the saddest face on safety, which is met
 * with a calm thank-you while her worker's home shows it as urgent. Sari opens the matrix, sees the
 * school and the foster family disagree about the evenings (2 against 5) flagged in words, keeps that
 * disagreement in the synthesis, meets a version saved elsewhere in between, and completes the
 * assessment. Aino's mother then reads the family's plain-language copy. axe on every screen.
 */
describe('web: the child’s own form, the synthesis and the family’s copy', () => {
  let stack: WebStack;
  let assessmentUrl: string;
  let caseId: string;
  let assessmentId: string;
  const ids = new Map<string, string>();
  const contexts: BrowserContext[] = [];

  const people = [ainosPeople.teacher, ainosPeople.mother, ainosPeople.fosterCarer, ainosPeople.aino] as const;
  const evenings = 'everyday-life-and-care';

  const assessment = serviceCall(() => assessmentUrl);

  const base = () => `/cases/${caseId}/assessments/${assessmentId}`;

  /** One invitee's view, saved and submitted through the API. */
  async function giveView(username: string, domains: Record<string, object>): Promise<void> {
    const saved = await assessment('PUT', `${base()}/contributions/mine`, username, {
      expectedVersion: 0,
      answers: { frameVersion: 1, domains },
    });
    expect(saved.status).toBe(200);
    const submitted = await assessment('POST', `${base()}/contributions/mine/submit`, username, {
      expectedVersion: saved.body.version,
    });
    expect(submitted.status).toBe(200);
  }

  /** Ticks one of the design system's checkboxes as a person does, by its label (the label lies over the box). */
  async function tick(group: Locator, name: string): Promise<void> {
    await group.getByText(name, { exact: true }).click();
    expect(await group.getByRole('checkbox', { name }).isChecked()).toBe(true);
  }

  async function pageAt(viewport: { width: number; height: number }, mobile = false): Promise<Page> {
    const context = await stack.browser.newContext({
      locale: 'fi-FI',
      timezoneId: 'Europe/Helsinki',
      viewport,
      isMobile: mobile,
      hasTouch: mobile,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000); // several browsers on a busy machine
    return page;
  }

  beforeAll(async () => {
    stack = await startWebStack('assessment_synthesis', new FixedClock(journeyOneNoon), [
      { service: 'assessment', start: (database, clock) => startAssessment(database, { clock }) },
    ]);
    assessmentUrl = stack.alongside.assessment!.url;
    for (const username of ['sari.virtanen', ...people.map(([name]) => name)])
      ids.set(username, claims(await fetchToken(username)).sub);
    caseId = await openAinosCase(stack, { team: people });
    // The assessment service learns the care team from case-coordination's events.
    await expectEventually(
      async () => {
        const started = await assessment('POST', `/cases/${caseId}/assessments`, 'sari.virtanen', {
          kind: 'service-needs',
          invitations: people.map(([username]) => ({ userId: ids.get(username), dueOn: '2027-01-20' })),
        });
        expect(started.status).toBe(201);
        assessmentId = started.body.assessmentId;
      },
      60_000,
      500,
    );
    await giveView('anna.laine', {
      'learning-and-school': { score: 3, strengths: 'Aino haluaa jäädä luokalleen' },
      [evenings]: { score: 2, concerns: 'Aino tulee kouluun väsyneenä; illat venyvät myöhään' },
    });
    await giveView('riitta.hakala', {
      'learning-and-school': { score: 4 },
      [evenings]: { score: 5, strengths: 'Illat kotona ovat rauhallisia, Aino menee ajoissa nukkumaan' },
    });
    await giveView('liisa.aalto', { [evenings]: { score: 4, text: 'Aino kertoo iltojen olevan hyviä' } });
  }, 300_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await stack?.close();
  }, 60_000);

  it('lets Aino give her own view on a phone, and meets her answer that she does not feel safe calmly', async () => {
    const aino = await pageAt({ width: 390, height: 844 }, true);
    await signIn(aino, stack, 'aino.aalto', `${base()}/my-view`);
    await aino.getByRole('heading', { level: 1, name: 'Minun näkemykseni' }).waitFor();
    expect(await axeViolations(aino)).toEqual([]);

    // Each face is a real radio button named by its words, with a target of at least 44 × 44 px.
    const health = aino.getByRole('group', { name: 'Miten voit?' });
    const good = health.getByRole('radio', { name: 'Hyvin', exact: true });
    const box = await health
      .locator('label')
      .filter({ has: aino.locator('input[value="4"]') })
      .boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(44);
    expect(box!.height).toBeGreaterThanOrEqual(44);
    await good.check();
    await aino.getByRole('group', { name: 'Miten koulussa menee?' }).getByRole('radio', { name: 'Siltä väliltä' }).check();
    await aino.getByRole('group', { name: 'Miten arki sujuu?' }).getByRole('radio', { name: 'Tosi hyvin' }).check();
    await aino
      .getByRole('group', { name: 'Tunnetko olosi turvalliseksi?' })
      .getByRole('radio', { name: 'Tosi huonosti' })
      .check();
    await aino
      .getByRole('region', { name: /Arki ja huolenpito/ })
      .getByLabel(/Haluatko kertoa lisää/)
      .fill('Illat ovat ihan hyviä.');
    await aino.getByLabel(/Mikä voisi muuttua/).fill('Haluan jäädä tälle luokalle.');
    // Nothing sideways on a phone.
    expect(await aino.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);

    await aino.getByRole('button', { name: 'Tallenna ja jatka myöhemmin' }).click();
    await aino.getByText(/^Tallennettu klo/).waitFor();
    await aino.getByText(/Kiitos, että kerroit tämän\. Sosiaalityöntekijäsi saa tiedon heti/).waitFor();
    expect(await aino.getByText(/vaara|hätä/i).count()).toBe(0);
    await screenshot(aino, 'assessment-child-view');

    // The draft is kept: after a reload the faces chosen are still chosen.
    await aino.reload();
    await aino.getByRole('heading', { level: 1, name: 'Minun näkemykseni' }).waitFor();
    expect(
      await aino.getByRole('group', { name: 'Miten voit?' }).getByRole('radio', { name: 'Hyvin', exact: true }).isChecked(),
    ).toBe(true);
    await aino.getByRole('button', { name: 'Lähetä vastaukset' }).click();
    await aino.getByText('Kiitos! Vastauksesi on lähetetty.').waitFor();
    await aino.getByRole('heading', { name: 'Vastauksesi' }).waitFor();
    expect(await axeViolations(aino)).toEqual([]);

    // The worker's home shows it first, as urgent.
    const sari = await pageAt({ width: 1280, height: 900 });
    await signIn(sari, stack, 'sari.virtanen', '/');
    await sari.getByRole('heading', { name: 'Kiireellinen: lapsi ei koe oloaan turvalliseksi' }).waitFor();
    expect(await axeViolations(sari)).toEqual([]);
  }, 300_000);

  it('shows Sari the school and the foster family disagreeing on the evenings, keeps it in the synthesis, and completes', async () => {
    const sari = await pageAt({ width: 1280, height: 900 });
    await signIn(sari, stack, 'sari.virtanen', `${base()}/synthesis`);
    await sari.getByRole('heading', { level: 1, name: 'Arvioinnin yhteenveto' }).waitFor();
    const matrix = sari.getByRole('table', { name: 'Näkemykset' });
    await matrix.waitFor();
    // Four views: the teacher, the foster carer, the mother and Aino.
    expect(await matrix.getByRole('columnheader').count()).toBe(6);
    const eveningsRow = matrix.getByRole('row', { name: /Arki ja huolenpito/ });
    await eveningsRow.getByText('Vastakkaiset näkemykset (2 ja 5)').waitFor();
    await eveningsRow.getByText('Matalin: Anna Laine (luokanopettaja)').waitFor();
    await eveningsRow.getByText(/^Korkein: .*Riitta Hakala \(sijaisvanhempi\)/).waitFor();
    await sari.getByText('Vastakkaisia näkemyksiä: Arki ja huolenpito').waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'assessment-synthesis-matrix');

    // Completing before the disagreement is written down is refused, naming the domain.
    await sari.getByRole('button', { name: 'Merkitse arviointi valmiiksi' }).click();
    await sari.getByText(/Kirjaa vastakkaiset näkemykset erimielisyytenä.*Arki ja huolenpito/).waitFor();

    const eveningsEditor = sari.getByRole('region', { name: 'Arki ja huolenpito' });
    // The disagreement starts attributed to the views at both ends.
    expect(await eveningsEditor.getByRole('checkbox', { name: 'Anna Laine (luokanopettaja)' }).isChecked()).toBe(true);
    expect(await eveningsEditor.getByRole('checkbox', { name: 'Riitta Hakala (sijaisvanhempi)' }).isChecked()).toBe(true);
    await eveningsEditor
      .getByLabel('Mistä ollaan eri mieltä')
      .fill('Koulu näkee väsyneitä aamuja ja myöhäisiä iltoja; sijaisperhe näkee rauhalliset illat.');
    await eveningsEditor.getByLabel(/Lapsen näkemys/).fill('Aino sanoo, että illat ovat ihan hyviä.');
    await sari
      .getByLabel('Selkokielinen yhteenveto perheelle')
      .fill('Aamut ovat vaikeita. Koulu ja sijaisperhe näkevät illat eri tavalla.');
    await sari.getByRole('button', { name: 'Lisää tarve' }).click();
    await sari.getByLabel('Tarve 1', { exact: true }).fill('Rauhalliset illat ja tuki koulussa');
    const need = sari.getByRole('group', { name: 'Tarpeen 1 osa-alueet' });
    await tick(need, 'Arki ja huolenpito');
    const needViews = sari.getByRole('group', { name: 'Näkemykset, joista tarve 1 nousi' });
    await tick(needViews, 'Anna Laine (luokanopettaja)');
    await tick(needViews, 'Riitta Hakala (sijaisvanhempi)');
    await sari.getByRole('button', { name: 'Tallenna yhteenveto' }).click();
    await sari.getByText('Tallennettu, versio 1.').waitFor();

    // Someone saves in between: the next save is refused and the saved version shows.
    const matrixNow = await assessment('GET', `${base()}/matrix`, 'sari.virtanen');
    const elsewhere = await assessment('PUT', `${base()}/synthesis`, 'sari.virtanen', {
      expectedVersion: 1,
      synthesis: {
        ...matrixNow.body.synthesis.draft,
        needs: matrixNow.body.synthesis.draft.needs.map(({ needId: _, ...need }: { needId: string }) => need),
        overall: 'Kokonaisuus kirjattu toisessa ikkunassa.',
      },
    });
    expect(elsewhere.status).toBe(200);
    await sari.getByLabel(/Kokonaisarvio/).fill('Tuki kouluun ja iltoihin.');
    await sari.getByRole('button', { name: 'Tallenna yhteenveto' }).click();
    await sari.getByText(/Joku muu tallensi yhteenvedon sillä välin\. Alla on nyt tallennettu versio 2\./).waitFor();
    await sari.getByText('Kokonaisuus kirjattu toisessa ikkunassa.').waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await sari.getByRole('button', { name: 'Ota tallennettu versio pohjaksi' }).click();
    expect(await sari.getByLabel(/Kokonaisarvio/).inputValue()).toBe('Kokonaisuus kirjattu toisessa ikkunassa.');

    await sari.getByRole('button', { name: 'Merkitse arviointi valmiiksi' }).click();
    const dialog = sari.getByRole('dialog', { name: 'Merkitäänkö arviointi valmiiksi?' });
    await dialog.waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await dialog.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
    await sari.getByText(/^Arviointi valmistui/).waitFor();
    await sari.getByRole('link', { name: 'Perheen selkokielinen yhteenveto' }).waitFor();
    expect(await axeViolations(sari)).toEqual([]);

    const completed = await assessment('GET', base(), 'sari.virtanen');
    expect(completed.body.status).toBe('completed');
  }, 300_000);

  it("lets Aino's mother read the completed synthesis in plain words from her own case page", async () => {
    const liisa = await pageAt({ width: 1280, height: 900 });
    await signIn(liisa, stack, 'liisa.aalto', `/cases/${caseId}`);
    await liisa.getByRole('heading', { name: 'Arvioinnit' }).waitFor();
    await liisa.getByRole('link', { name: 'Lue yhteenveto' }).click();
    await liisa.getByRole('heading', { level: 1, name: 'Arvioinnin yhteenveto' }).waitFor();
    await liisa.getByText('Aamut ovat vaikeita. Koulu ja sijaisperhe näkevät illat eri tavalla.').waitFor();
    await liisa.getByText('Aino sanoo, että illat ovat ihan hyviä.').waitFor();
    await liisa.getByText('Rauhalliset illat ja tuki koulussa').waitFor();
    await liisa.getByText('Aiheet: Arki ja huolenpito').waitFor();
    // The professionals' words are not in the family's copy.
    expect(await liisa.getByText(/illat venyvät myöhään/).count()).toBe(0);
    expect(await axeViolations(liisa)).toEqual([]);
    await screenshot(liisa, 'assessment-family-copy');
  }, 180_000);
  it("lets Sari record Aino's view with her, with how it was found out, never silently over Aino's own draft", async () => {
    const started = await assessment('POST', `/cases/${caseId}/assessments`, 'sari.virtanen', {
      kind: 'reassessment',
      invitations: [{ userId: ids.get('aino.aalto'), dueOn: '2027-02-01' }],
    });
    expect(started.status).toBe(201);
    const second = `/cases/${caseId}/assessments/${started.body.assessmentId}`;
    const invitationId = started.body.invitations[0].invitationId;

    // Aino finds the new request on her own case page, opens her form and saves a draft.
    const aino = await pageAt({ width: 390, height: 844 }, true);
    await signIn(aino, stack, 'aino.aalto', `/cases/${caseId}`);
    await aino.getByRole('link', { name: 'Kerro oma näkemyksesi' }).click();
    await aino.getByRole('heading', { level: 1, name: 'Minun näkemykseni' }).waitFor();
    await aino.getByRole('group', { name: 'Miten voit?' }).getByRole('radio', { name: 'Siltä väliltä' }).check();
    await aino.getByRole('button', { name: 'Tallenna ja jatka myöhemmin' }).click();
    await aino.getByText(/^Tallennettu klo/).waitFor();

    const sari = await pageAt({ width: 1280, height: 900 });
    await signIn(sari, stack, 'sari.virtanen', `${second}/synthesis`);
    await sari.getByText('Lapsen (Aino Aalto) oma näkemys puuttuu vielä.').waitFor();
    await sari.getByRole('link', { name: 'Kirjaa lapsen näkemys yhdessä lapsen kanssa' }).click();
    await sari.waitForURL((url) => url.pathname === `${second}/invitations/${invitationId}/recorded-view`);
    await sari.getByRole('heading', { level: 1, name: 'Lapsen näkemyksen kirjaaminen' }).waitFor();
    await sari.getByText('Kirjaaja: Sari Virtanen').waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await sari.getByRole('group', { name: 'Miten voit?' }).getByRole('radio', { name: 'Hyvin', exact: true }).check();
    await sari.getByRole('button', { name: 'Kirjaa ja lähetä lapsen näkemys' }).click();
    await sari.getByText('Kirjaa, miten lapsen näkemys selvitettiin.').waitFor();
    await sari
      .getByLabel('Miten lapsen näkemys selvitettiin')
      .fill('Tapasimme kahden kesken koululla; Aino valitsi kasvot itse.');
    await sari.getByRole('button', { name: 'Kirjaa ja lähetä lapsen näkemys' }).click();
    // Aino's own draft is not replaced without Sari knowing.
    await sari.getByText(/Lapsi on jo aloittanut lomakkeen itse ja tallentanut luonnoksen/).waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await sari.getByRole('button', { name: 'Lähetä silti' }).click();
    await sari.getByText('Lapsen näkemys on kirjattu ja lähetetty.').waitFor();

    const matrix = await assessment('GET', `${second}/matrix`, 'sari.virtanen');
    expect(matrix.body.views).toEqual([
      expect.objectContaining({
        participantKind: 'child',
        recordedBy: expect.objectContaining({
          displayName: 'Sari Virtanen',
          how: 'Tapasimme kahden kesken koululla; Aino valitsi kasvot itse.',
        }),
        answers: expect.objectContaining({ domains: expect.objectContaining({ health: expect.objectContaining({ score: 4 }) }) }),
      }),
    ]);
  }, 240_000);
});
