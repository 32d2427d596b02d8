import { FixedClock, finnishDate } from '@yhdessa/platform';
import { expectEventually } from '@yhdessa/testing';
import type { Locator, Page } from 'playwright-core';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
import { axeViolations, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';
import { ainosPeople, openAinosCase, recordConsent } from './ainos-case.fixture.js';
import { serviceCall } from './service-call.fixture.js';

/**
 * Journey 2 in the browser, up to the completed assessment: Aino (14) lives in a foster family; her
 * social worker Sari starts a multi-agency assessment and invites the foster carer, Aino's mother, her
 * teacher, the youth-psychiatry nurse and Aino herself, each signed in in a browser of their own. Each
 * gives their view without seeing the others' first. The teacher sees the nurse's view only once the
 * mother consents to the school seeing health information, when it comes onto her open page by itself;
 * when the mother withdraws that consent, it leaves the page as it came, without a reload. Sari sees where the school
 * and the foster family disagree about Aino's evenings, keeps the disagreement in her synthesis and
 * completes the assessment; the family reads it in plain words. axe on every screen.
 *
 * The services and the browsers live on the same day (the browser's own date picks the default due
 * dates), so the services' clock is today, held still.
 */
describe('web: journey 2 — Aino’s multi-agency assessment, up to its completion', () => {
  const today = new Date();
  const todayIso = finnishDate(today);
  const inDays = (days: number) => finnishDate(new Date(today.getTime() + days * 86_400_000));
  /** An ISO date as the Finnish screens write it (8.1.2027). */
  const fi = (isoDate: string) => isoDate.split('-').map(Number).reverse().join('.');
  /** The due date the start screen offers: two weeks from today. */
  const dueOn = fi(inDays(14));
  let stack: WebStack;
  let assessmentUrl: string;
  let caseId: string;
  let assessmentId: string;
  const pages = new Map<Person, Page>();

  type Person = 'sari.virtanen' | 'riitta.hakala' | 'liisa.aalto' | 'anna.laine' | 'pekka.nurmi' | 'aino.aalto';
  const team = [ainosPeople.fosterCarer, ainosPeople.mother, ainosPeople.teacher, ainosPeople.nurse, ainosPeople.aino] as const;
  const names: Record<Person, string> = {
    'sari.virtanen': 'Sari Virtanen',
    'riitta.hakala': 'Riitta Hakala',
    'liisa.aalto': 'Liisa Aalto',
    'anna.laine': 'Anna Laine',
    'pekka.nurmi': 'Pekka Nurmi',
    'aino.aalto': 'Aino Aalto',
  };

  const assessmentCall = serviceCall(() => assessmentUrl);
  const base = () => `/cases/${caseId}/assessments/${assessmentId}`;
  const page = (who: Person) => pages.get(who)!;
  /** The names of the views the service shows a reader in the matrix. */
  const viewsSeenBy = async (who: Person): Promise<string[]> => {
    const matrix = await assessmentCall('GET', `${base()}/matrix`, who);
    expect(matrix.status).toBe(200);
    return (matrix.body.views as Array<{ displayName: string }>).map((view) => view.displayName).sort();
  };

  /** Waits for what a screen should show; on failure keeps a picture of the page for whoever reads the log. */
  async function see(who: Person, locator: Locator, state: 'visible' | 'detached' = 'visible', timeout?: number) {
    await locator.waitFor({ state, timeout }).catch(async (error: unknown) => {
      await page(who).screenshot({ path: `/tmp/journey-two-${who}.png`, fullPage: true });
      throw error;
    });
  }

  async function expectAxeClean(who: Person): Promise<void> {
    expect(await axeViolations(page(who))).toEqual([]);
  }

  beforeAll(async () => {
    stack = await startWebStack('journey_two', new FixedClock(today), [
      { service: 'assessment', start: (database, clock) => startAssessment(database, { clock }) },
    ]);
    assessmentUrl = stack.alongside.assessment!.url;
    caseId = await openAinosCase(stack, { team, receivedAt: `${inDays(-1)}T09:15:00+02:00`, since: todayIso });
    // The assessment service learns the care team from case-coordination's events.
    await expectEventually(
      async () => {
        for (const username of ['sari.virtanen', ...team.map(([name]) => name)] as Person[])
          expect((await assessmentCall('GET', `/cases/${caseId}/assessments`, username)).status).toBe(200);
      },
      60_000,
      500,
    );
    for (const username of ['sari.virtanen', ...team.map(([name]) => name)] as Person[]) {
      const own = await stack.newPage();
      own.setDefaultTimeout(30_000); // six browsers at once on a busy machine
      await signIn(own, stack, username, '/').catch(async (error: unknown) => {
        await own.screenshot({ path: `/tmp/journey-two-sign-in-${username}.png`, fullPage: true });
        throw error;
      });
      pages.set(username, own);
    }
  }, 480_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  it('Sari starts the assessment from Aino’s case and invites the five; each finds the request on their home', async () => {
    const sari = page('sari.virtanen');
    await sari.goto(`${stack.url}/cases/${caseId}`);
    const section = sari.getByRole('region', { name: 'Monitoimijaiset arvioinnit' });
    await see('sari.virtanen', section.getByText('Asiassa ei ole arviointeja.'));
    await section.getByRole('link', { name: 'Aloita monitoimijainen arviointi' }).click();
    await see('sari.virtanen', sari.getByRole('heading', { level: 1, name: 'Aloita monitoimijainen arviointi' }));
    expect(
      await sari
        .getByRole('checkbox', { name: 'Näkemykset näkyvät muille kutsutuille vasta, kun he ovat antaneet omansa' })
        .isChecked(),
    ).toBe(true);
    for (const [username] of team) await sari.getByText(`Kutsu: ${names[username]}`).click();
    await expectAxeClean('sari.virtanen');
    await sari.getByRole('button', { name: 'Aloita arviointi ja lähetä kutsut' }).click();
    await sari.waitForURL((url) => /\/assessments\/[0-9a-f-]{36}$/.test(url.pathname));
    assessmentId = new URL(sari.url()).pathname.split('/').pop()!;
    await see('sari.virtanen', sari.getByRole('heading', { level: 1, name: 'Palvelutarpeen arviointi' }));
    await see('sari.virtanen', sari.getByText('Näkemyksiä annettu 0/5'));
    const invited = sari.getByRole('table', { name: 'Kutsutut' });
    for (const [username] of team)
      await see('sari.virtanen', invited.getByRole('row').filter({ hasText: names[username] }).getByText('Ei aloitettu'));
    await expectAxeClean('sari.virtanen');

    // The professionals' homes, open since they signed in, show the request by themselves (a live notice);
    // the family finds theirs among their own requests. (The test databases outlive a run: earlier runs'
    // requests may be listed too, so this assessment's is found by its link.)
    for (const [username, , participantKind] of team) {
      const own = page(username);
      let scope: Locator = own.getByRole('region', { name: 'Pyynnöt antaa näkemys arviointiin' });
      if (participantKind !== 'professional') {
        await own.goto(`${stack.url}/invitations`);
        await see(username, own.getByRole('heading', { level: 1, name: 'Pyynnöt antaa näkemys arviointiin' }));
        scope = own.locator('main');
      }
      const form = username === 'aino.aalto' ? 'my-view' : 'contribute';
      const request = scope.getByRole('listitem').filter({ has: own.locator(`a[href="${base()}/${form}"]`) });
      await see(username, request.getByText(`Pyytäjä Sari Virtanen, määräaika ${dueOn}`));
      await see(username, request.getByText('Ei aloitettu'));
      await expectAxeClean(username);
    }
  }, 300_000);

  /** An adult's view on the contribute screen: a score and words per domain, sent after the confirmation. */
  async function giveView(
    who: Person,
    domains: Record<string, { score: number; field: 'Vahvuudet' | 'Huolet' | 'Muuta sanottavaa'; words: string }>,
  ) {
    const own = page(who);
    await own.goto(`${stack.url}${base()}/contribute`);
    await see(who, own.getByRole('heading', { level: 1, name: 'Oma näkemykseni' }));
    for (const [title, { score, field, words }] of Object.entries(domains)) {
      const group = own.getByRole('group', { name: title, exact: true });
      await group.getByText(new RegExp(`^${score} – `)).click();
      await group.getByLabel(field, { exact: true }).fill(words);
    }
    await expectAxeClean(who);
    await own.getByRole('button', { name: 'Lähetä näkemys' }).click();
    await own.getByRole('dialog').getByRole('button', { name: 'Lähetä', exact: true }).click();
    await see(who, own.getByText('Näkemyksesi on lähetetty', { exact: false }));
    await expectAxeClean(who);
  }

  const othersOn = (who: Person) => page(who).getByRole('region', { name: 'Muiden näkemykset' });
  const viewHeading = (who: Person, of: Person) =>
    othersOn(who).getByRole('heading', { level: 3, name: new RegExp(`^${names[of]} \\(`) });

  it('keeps the others’ views from each invitee until they have sent their own, and the nurse’s from the school until the mother consents', async () => {
    await giveView('pekka.nurmi', {
      Terveys: { score: 2, field: 'Huolet', words: 'Univaikeuksia, seuranta huhtikuussa.' },
      'Tunteet ja käyttäytyminen': { score: 3, field: 'Muuta sanottavaa', words: 'Mieliala vaihtelee.' },
    });

    // The teacher has not sent hers: the nurse's view is not on her screen, nor in what the service gives her.
    const anna = page('anna.laine');
    await anna.goto(`${stack.url}${base()}/contribute`);
    await see('anna.laine', othersOn('anna.laine').getByText('Muiden näkemykset näkyvät sinulle, kun olet lähettänyt omasi.'));
    expect(await viewHeading('anna.laine', 'pekka.nurmi').count()).toBe(0);
    expect(await viewsSeenBy('anna.laine')).toEqual([]);
    await expectAxeClean('anna.laine');

    await giveView('anna.laine', {
      'Oppiminen ja koulu': { score: 3, field: 'Vahvuudet', words: 'Osaa hyvin matematiikkaa.' },
      'Vapaa-aika ja kaverit': { score: 2, field: 'Huolet', words: 'Illat myöhään ulkona, väsynyt aamuisin.' },
    });
    // Sent: she sees the others' views her part allows, but not the nurse's: health information, and the
    // mother has not consented to the school seeing it.
    await see('anna.laine', othersOn('anna.laine').getByText('Kukaan muu ei ole vielä antanut näkemystä, jonka voit nähdä.'));
    expect(await viewHeading('anna.laine', 'pekka.nurmi').count()).toBe(0);
    expect(await viewsSeenBy('anna.laine')).toEqual([names['anna.laine']]);

    // The mother consents (through the API: the family's page withdraws consents, the worker records them
    // on the case page): the nurse's view comes onto the teacher's open page by itself.
    await recordConsent(stack, caseId, 'liisa.aalto', {
      informationClass: 'health',
      toAgency: 'school',
      validFrom: todayIso,
      validUntil: inDays(180),
    });
    await see('anna.laine', viewHeading('anna.laine', 'pekka.nurmi'), 'visible', 15_000);
    await expectAxeClean('anna.laine');

    await giveView('riitta.hakala', {
      'Vapaa-aika ja kaverit': { score: 5, field: 'Vahvuudet', words: 'Illat sujuvat hyvin, kaverit käyvät meillä.' },
      'Arki ja huolenpito': { score: 4, field: 'Muuta sanottavaa', words: 'Arki on rauhoittunut.' },
    });
    await giveView('liisa.aalto', {
      'Ihmissuhteet ja perhe': { score: 3, field: 'Huolet', words: 'Haluaisin nähdä Ainoa useammin.' },
    });
  }, 420_000);

  it('takes Aino’s own view on her form: faces and her own words', async () => {
    const aino = page('aino.aalto');
    await aino.goto(`${stack.url}${base()}/my-view`);
    await see('aino.aalto', aino.getByRole('heading', { level: 1, name: 'Minun näkemykseni' }));
    await expectAxeClean('aino.aalto');
    const topic = (question: string) => aino.getByRole('group', { name: question });
    await topic('Miten koulussa menee?').getByRole('radio', { name: 'Hyvin', exact: true }).check();
    await topic('Mitä teet vapaa-ajalla ja kenen kanssa?').getByRole('radio', { name: 'Tosi hyvin', exact: true }).check();
    await topic('Mitä toivot?').getByRole('radio', { name: 'Hyvin', exact: true }).check();
    await aino.getByLabel('Mikä voisi muuttua, jotta sinulla olisi parempi olla?').fill('Haluan jäädä tälle luokalle.');
    await expectAxeClean('aino.aalto');
    await aino.getByRole('button', { name: 'Lähetä vastaukset' }).click();
    await see('aino.aalto', aino.getByText('Kiitos! Vastauksesi on lähetetty.'));
    await expectAxeClean('aino.aalto');

    const sari = page('sari.virtanen');
    await sari.goto(`${stack.url}${base()}`);
    await see('sari.virtanen', sari.getByText('Näkemyksiä annettu 5/5'));
  }, 300_000);

  it('takes the nurse’s view off the teacher’s open page, without a reload, when the mother withdraws her consent', async () => {
    const anna = page('anna.laine');
    await anna.goto(`${stack.url}${base()}/contribute`);
    await see('anna.laine', viewHeading('anna.laine', 'pekka.nurmi'));
    await anna.evaluate('window.stillTheSamePage = true');

    const liisa = page('liisa.aalto');
    await liisa.goto(`${stack.url}/cases/${caseId}`);
    const consents = liisa.getByRole('region', { name: 'Suostumukset' });
    await see('liisa.aalto', consents.getByText('Koulu saa tietää: terveystiedot', { exact: false }));
    await expectAxeClean('liisa.aalto');
    await consents.getByRole('button', { name: 'Peruuta suostumus: terveystiedot, koulu' }).click();
    await see('liisa.aalto', consents.getByText(`Peruutettu ${fi(todayIso)}`, { exact: false }));

    // Within seconds, by the live notice alone: the same page, the nurse's view gone, the foster carer's still there.
    await see('anna.laine', viewHeading('anna.laine', 'pekka.nurmi'), 'detached', 15_000);
    expect(await anna.evaluate<boolean>('window.stillTheSamePage === true')).toBe(true);
    await see('anna.laine', viewHeading('anna.laine', 'riitta.hakala'));
    expect(await viewsSeenBy('anna.laine')).not.toContain(names['pekka.nurmi']);
    // Child protection keeps seeing every class.
    expect(await viewsSeenBy('sari.virtanen')).toContain(names['pekka.nurmi']);
    await expectAxeClean('anna.laine');
  }, 120_000);

  it('shows Sari the evenings’ disagreement, keeps it in her synthesis and completes the assessment', async () => {
    const sari = page('sari.virtanen');
    await sari.goto(`${stack.url}${base()}`);
    await sari.getByRole('link', { name: 'Yhteenveto ja näkemysten vertailu' }).click();
    await see('sari.virtanen', sari.getByRole('heading', { level: 1, name: 'Arvioinnin yhteenveto' }));
    const matrix = sari.getByRole('table', { name: 'Näkemykset' });
    const evenings = matrix.getByRole('row', { name: /Vapaa-aika ja kaverit/ });
    await see('sari.virtanen', evenings.getByText('Vastakkaiset näkemykset (2 ja 5)'));
    await see('sari.virtanen', evenings.getByText('Matalin: Anna Laine (luokanopettaja)'));
    await see('sari.virtanen', evenings.getByText(/^Korkein: .*Riitta Hakala \(sijaisvanhempi\)/));
    // Sari sees every view, the nurse's health information included: child protection sees every class.
    await see('sari.virtanen', matrix.getByRole('columnheader', { name: /Pekka Nurmi/ }));
    await expectAxeClean('sari.virtanen');

    const eveningsEditor = sari.getByRole('region', { name: 'Vapaa-aika ja kaverit' });
    expect(await eveningsEditor.getByRole('checkbox', { name: 'Anna Laine (luokanopettaja)' }).isChecked()).toBe(true);
    expect(await eveningsEditor.getByRole('checkbox', { name: 'Riitta Hakala (sijaisvanhempi)' }).isChecked()).toBe(true);
    await eveningsEditor
      .getByLabel('Mistä ollaan eri mieltä')
      .fill('Koulu näkee myöhäiset illat ja väsyneet aamut; sijaisperhe ja Aino näkevät illat hyvinä.');
    await eveningsEditor.getByLabel(/Lapsen näkemys/).fill('Aino sanoo vapaa-ajan menevän tosi hyvin.');
    await sari
      .getByLabel('Selkokielinen yhteenveto perheelle')
      .fill('Aino voi koulussa kohtalaisesti. Iltojen sujumisesta ollaan eri mieltä, ja siitä jatketaan yhdessä.');
    await sari.getByRole('button', { name: 'Lisää tarve' }).click();
    await sari.getByLabel('Tarve 1', { exact: true }).fill('Rauhalliset illat ja riittävä uni');
    // The design system's checkbox is covered by its label, which a person clicks.
    const needDomains = sari.getByRole('group', { name: 'Tarpeen 1 osa-alueet' });
    await needDomains.locator('label').getByText('Vapaa-aika ja kaverit', { exact: true }).click();
    const needViews = sari.getByRole('group', { name: 'Näkemykset, joista tarve 1 nousi' });
    await needViews.locator('label').getByText('Anna Laine (luokanopettaja)', { exact: true }).click();
    await needViews.locator('label').getByText('Pekka Nurmi (nuorisopsykiatrian sairaanhoitaja)', { exact: true }).click();
    expect(await needDomains.getByRole('checkbox', { name: 'Vapaa-aika ja kaverit' }).isChecked()).toBe(true);
    expect(await needViews.getByRole('checkbox', { name: 'Pekka Nurmi (nuorisopsykiatrian sairaanhoitaja)' }).isChecked()).toBe(
      true,
    );
    await sari.getByRole('button', { name: 'Tallenna yhteenveto' }).click();
    await see('sari.virtanen', sari.getByText('Tallennettu, versio 1.'));
    await expectAxeClean('sari.virtanen');

    await sari.getByRole('button', { name: 'Merkitse arviointi valmiiksi' }).click();
    const dialog = sari.getByRole('dialog', { name: 'Merkitäänkö arviointi valmiiksi?' });
    await see('sari.virtanen', dialog);
    expect(await axeViolations(sari)).toEqual([]);
    await dialog.getByRole('button', { name: 'Merkitse valmiiksi' }).click();
    await see('sari.virtanen', sari.getByText(/^Arviointi valmistui/));
    await expectAxeClean('sari.virtanen');

    const completed = await assessmentCall('GET', base(), 'sari.virtanen');
    expect(completed.body.status).toBe('completed');
    await sari.goto(`${stack.url}${base()}`);
    await see('sari.virtanen', sari.getByText(`Valmis ${fi(todayIso)}`));
    await expectAxeClean('sari.virtanen');
  }, 300_000);

  it('lets the mother read the completed assessment in plain words, as Aino may', async () => {
    const liisa = page('liisa.aalto');
    await liisa.goto(`${stack.url}/cases/${caseId}`);
    await see('liisa.aalto', liisa.getByRole('heading', { name: 'Arvioinnit' }));
    await liisa.getByRole('link', { name: 'Lue yhteenveto' }).click();
    await see('liisa.aalto', liisa.getByRole('heading', { level: 1, name: 'Arvioinnin yhteenveto' }));
    await see(
      'liisa.aalto',
      liisa.getByText('Aino voi koulussa kohtalaisesti. Iltojen sujumisesta ollaan eri mieltä, ja siitä jatketaan yhdessä.'),
    );
    await see('liisa.aalto', liisa.getByText('Rauhalliset illat ja riittävä uni'));
    // The professionals' own words stay with them.
    expect(await liisa.getByText(/Univaikeuksia|väsynyt aamuisin/).count()).toBe(0);
    await expectAxeClean('liisa.aalto');

    const copy = await assessmentCall('GET', `${base()}/family-copy`, 'aino.aalto');
    expect(copy.status).toBe(200);
    expect(copy.body.needs).toEqual([{ text: 'Rauhalliset illat ja riittävä uni', domains: ['leisure-and-friends'] }]);
  }, 120_000);
});
