import { randomUUID } from 'node:crypto';
import { expectEventually, fetchToken, claims } from '@yhdessa/testing';
import type { Page } from 'playwright-core';
import { childIdentityCode } from '../../services/case-coordination/test/child-identity.fixture.js';
import { axeViolations, hasFocus, screenshot, signIn, startWebStack, tabTo, type WebStack } from './web-stack.fixture.js';

/**
 * Journey 1 in the browser: the social worker signs in through Keycloak's login page, opens Mika's
 * case from the school's child welfare notification received on 23 December 2026 by keyboard alone,
 * and sees the law's clock at once (the decision on an assessment due 7.1.2027: the holidays count);
 * decides to start the assessment on the case page (due 23.3.2027, 3 months from receipt); records
 * the guardian's consents and withdraws one; home; a care-team change arriving live, and a removal;
 * Swedish; sign-out; a teacher not on the care team meets the not-found page. axe finds nothing on
 * any screen.
 */
describe('web: journey 1 — Mika’s case opened on 23 December', () => {
  let stack: WebStack;
  let sari: Page;
  let caseId: string;
  const mikasCode = childIdentityCode('2017-05-15');
  const mistyped = `${mikasCode.slice(0, 10)}${mikasCode.endsWith('Y') ? 'X' : 'Y'}`;

  beforeAll(async () => {
    stack = await startWebStack('journey_one');
    sari = await stack.newPage();
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('asks someone not signed in to sign in, through Keycloak’s real login page, and brings them back to the page they asked for', async () => {
    await sari.goto(`${stack.url}/cases/new`);
    await sari.getByRole('heading', { level: 1, name: 'Kirjaudu Yhdessä-palveluun' }).waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'sign-in');
    await signIn(sari, stack, 'sari.virtanen', '/cases/new');
    expect(new URL(sari.url()).pathname).toBe('/cases/new');
    await sari.getByRole('heading', { level: 1, name: 'Avaa asia lastensuojeluilmoituksesta' }).waitFor();
    expect(await axeViolations(sari)).toEqual([]);
  }, 60_000);

  it('names each field to correct when the form is sent incomplete, in a summary that takes the focus', async () => {
    await sari.getByRole('button', { name: 'Avaa asia', exact: true }).click();
    const summary = sari.getByRole('heading', { name: 'Korjaa nämä kohdat ennen kuin jatkat:' });
    await summary.waitFor();
    expect(await hasFocus(summary)).toBe(true);
    const links = sari.locator('.fi-error-summary a');
    expect(await links.allInnerTexts()).toEqual([
      'Ilmoittaja: Tämä tieto tarvitaan.',
      'Ilmoituksen sisältö: Tämä tieto tarvitaan.',
      'Lapsen nimi: Tämä tieto tarvitaan.',
      'Henkilötunnus: Tämä tieto tarvitaan.',
    ]);
    expect(await sari.getByRole('textbox', { name: 'Lapsen nimi' }).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(sari)).toEqual([]);
    // The form starts from the browser's own day and time, which is not the services' fixed date.
    await screenshot(sari, 'open-case-errors', [
      sari.getByRole('textbox', { name: 'Vastaanottopäivä' }),
      sari.getByRole('textbox', { name: 'Vastaanottoaika' }),
    ]);
    await sari.reload();
    await sari.getByRole('heading', { level: 1, name: 'Avaa asia lastensuojeluilmoituksesta' }).waitFor();
  }, 60_000);

  it('opens Mika’s case by keyboard alone, checks the identity code as it is typed, and shows the law’s clocks at once', async () => {
    const keyboard = sari.keyboard;
    const fill = async (label: string, text: string) => {
      await tabTo(sari, sari.getByRole('textbox', { name: label }));
      await keyboard.press('Control+A');
      await keyboard.type(text);
    };
    await fill('Vastaanottopäivä', '23.12.2026');
    await fill('Vastaanottoaika', '9.15');

    const channel = sari.locator('#channel_button');
    await tabTo(sari, channel);
    await keyboard.press('ArrowDown');
    for (let presses = 0; presses < 10 && !(await activeOptionIs(sari, 'koulu')); presses += 1) await keyboard.press('ArrowDown');
    await keyboard.press('Enter');
    expect(await channel.innerText()).toContain('koulu');

    await fill('Ilmoittajan nimi', 'Anna Laine');
    await fill('Ilmoituksen sisältö', 'Mika on ollut poissa koulusta viikkoja. Opettaja ja erityisopettaja ovat huolissaan.');
    await fill('Lapsen nimi', 'Mika Mäkelä');

    await fill('Henkilötunnus', mistyped);
    await sari.getByText('Henkilötunnuksen tarkistusmerkki ei täsmää. Tarkista tunnus.').waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await keyboard.press('Backspace');
    await keyboard.type(mikasCode.slice(-1));
    await sari.getByText('Henkilötunnus on oikein. Syntymäaika 15.5.2017.').waitFor();

    await fill('Huoltaja 1', 'Leena Mäkelä');
    await screenshot(sari, 'open-case');
    await tabTo(sari, sari.getByRole('button', { name: 'Avaa asia', exact: true }));
    await keyboard.press('Enter');

    const opened = sari.getByRole('heading', { name: 'Asia on avattu' });
    await opened.waitFor();
    expect(await hasFocus(opened)).toBe(true);
    await sari.getByText('Ilmoitus vastaanotettiin 23.12.2026 9.15. Lain määräajat:').waitFor();
    await sari.getByText('Päätös palvelutarpeen arvioinnin aloittamisesta viimeistään 7.1.2027').waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'case-opened');

    const goToCase = sari.getByRole('link', { name: 'Siirry asian sivulle' });
    caseId = (await goToCase.getAttribute('href'))!.split('/').pop()!;
    // The timeline is built from the case's events over Kafka: wait until it holds the opening.
    const token = await fetchToken('sari.virtanen');
    await expectEventually(async () => {
      const timeline: Array<{ event: string }> = (await stack.caseCoordination.call('GET', `/cases/${caseId}/timeline`, token))
        .body;
      expect(timeline.map((entry) => entry.event)).toEqual(expect.arrayContaining(['CaseOpened.v2', 'CareTeamMemberAdded.v1']));
    }, 60_000);
    await tabTo(sari, goToCase);
    await keyboard.press('Enter');
    await sari.getByRole('heading', { level: 1, name: 'Mika Mäkelä' }).waitFor();
  }, 120_000);

  it('shows the case page: the clocks, the child, the responsible worker, the notification, the care team and the timeline', async () => {
    if (new URL(sari.url()).pathname !== `/cases/${caseId}`) await sari.goto(`${stack.url}/cases/${caseId}`);
    const main = sari.locator('main');
    await main.getByText('Päätös palvelutarpeen arvioinnin aloittamisesta viimeistään 7.1.2027').waitFor();
    await screenshot(sari, 'case-page');
    await main.getByText(mikasCode).waitFor();
    await main.getByText('15.5.2017').waitFor();
    await main.getByText('Leena Mäkelä').waitFor();
    await main.getByRole('region', { name: 'Lapsen asioista vastaava sosiaalityöntekijä' }).getByText('Sari Virtanen').waitFor();
    await main.getByRole('region', { name: 'Lastensuojeluilmoitus' }).getByText('Anna Laine').waitFor();
    const careTeam = main.getByRole('table', { name: 'Lapsen asian työryhmä' });
    await careTeam.getByRole('cell', { name: 'Sari Virtanen', exact: true }).waitFor();
    await careTeam.getByRole('cell', { name: 'lastensuojelu' }).waitFor();
    await main.getByText('Suostumuksia ei ole kirjattu.').waitFor();
    const timeline = main.getByRole('region', { name: 'Tapahtumat' });
    await timeline.getByText('Asia avattu').waitFor();
    // The entry's details in the reader's words, not the service's English line.
    await timeline.getByText('Tulotapa: lastensuojeluilmoitus · Vastaava sosiaalityöntekijä: Sari Virtanen').waitFor();
    expect(await timeline.getByText('Case opened').count()).toBe(0);
    expect(await sari.title()).toBe('Mika Mäkelä – Yhdessä');
    expect(await axeViolations(sari)).toEqual([]);
  }, 60_000);

  it('lets Sari decide to start the service needs assessment, which sets its own clock: 3 months from receipt, 23.3.2027', async () => {
    if (new URL(sari.url()).pathname !== `/cases/${caseId}`) await sari.goto(`${stack.url}/cases/${caseId}`);
    const deadlines = sari.getByRole('region', { name: 'Määräajat' });
    await deadlines.getByRole('button', { name: 'Aloita palvelutarpeen arviointi' }).click();
    await deadlines.getByText('Palvelutarpeen arviointi valmis viimeistään 23.3.2027').waitFor();
    await deadlines.getByRole('listitem').filter({ hasText: '7.1.2027' }).getByText('Hoidettu').waitFor();
    expect(await deadlines.getByRole('button', { name: 'Aloita palvelutarpeen arviointi' }).count()).toBe(0);
    expect(await axeViolations(sari)).toEqual([]);
  }, 60_000);

  it('records the guardian’s consents as Sari hears them, shows what is in force, and withdraws one', async () => {
    const consents = sari.getByRole('region', { name: 'Suostumukset' });
    const record = async (information: string, to: string) => {
      await consents.getByRole('button', { name: 'Kirjaa suostumus' }).click();
      const form = sari.getByRole('form', { name: 'Kirjaa suostumus' });
      await form.locator('#consent-information_button').click();
      await sari.getByRole('option', { name: information, exact: true }).click();
      await form.locator('#consent-to_button').click();
      await sari.getByRole('option', { name: to, exact: true }).click();
      await form.getByRole('textbox', { name: 'Voimassa alkaen' }).fill('23.12.2026');
      await form.getByRole('textbox', { name: 'Voimassa asti' }).fill('22.12.2027');
      await form.getByText('huoltaja Leena Mäkelä').click();
      await form.getByText('kirjallisesti').click();
      expect(await axeViolations(sari)).toEqual([]);
      await form.getByRole('button', { name: 'Tallenna suostumus' }).click();
      await form.waitFor({ state: 'detached' });
      await consents.getByRole('row').filter({ hasText: information }).waitFor();
    };
    await record('koulun tiedot', 'lastensuojelu');
    await record('lastensuojelun tiedot', 'koulu');

    const table = consents.getByRole('table', { name: 'Suostumukset' });
    const schoolToChildProtection = table.getByRole('row').filter({ hasText: 'koulun tiedot' });
    await schoolToChildProtection.getByRole('cell', { name: '23.12.2026–22.12.2027' }).waitFor();
    await schoolToChildProtection.getByText('Leena Mäkelä', { exact: true }).waitFor();
    await schoolToChildProtection.getByText('huoltaja, kirjallisesti', { exact: true }).waitFor();
    await schoolToChildProtection.getByText('Voimassa', { exact: true }).waitFor();

    const toSchool = table.getByRole('row').filter({ hasText: 'lastensuojelun tiedot' });
    await toSchool.getByRole('button', { name: 'Peruuta suostumus: lastensuojelun tiedot, koulu' }).click();
    await toSchool.getByText('Peruutettu 23.12.2026', { exact: true }).waitFor();
    await schoolToChildProtection.getByText('Voimassa', { exact: true }).waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'case-page');
  }, 90_000);

  it('lists the case and its deadlines on Sari’s home page', async () => {
    await sari.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Etusivu' }).click();
    const cases = sari.getByRole('table', { name: 'Omat asiat' });
    await cases.getByRole('link', { name: 'Mika Mäkelä' }).waitFor();
    await cases.getByRole('cell', { name: '23.12.2026' }).waitFor();
    const deadlines = sari.getByRole('region', { name: 'Määräajat' });
    await deadlines.getByRole('heading', { name: 'Myöhemmin (1)' }).waitFor();
    await deadlines.getByRole('heading', { name: 'Myöhässä (0)' }).waitFor();
    await deadlines.getByText('Palvelutarpeen arviointi valmis viimeistään 23.3.2027').waitFor();
    // Neither the assessment nor the client plan service runs here: their sections settle on a calm notice, the rest stand.
    for (const title of ['Pyynnöt antaa näkemys arviointiin', 'Omat toimenpiteet asiakassuunnitelmissa']) {
      const section = sari.getByRole('region', { name: title });
      await section.getByText('Palvelu ei juuri nyt vastaa. Yritä hetken kuluttua uudelleen.').waitFor({ timeout: 20_000 });
      expect(await section.getByRole('status').count()).toBe(0);
    }
    expect(await sari.getByRole('region', { name: 'Allekirjoita asiakassuunnitelma' }).count()).toBe(0);
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'home');
  }, 60_000);

  it('brings a change to the care team to the open case page live, without reloading it', async () => {
    await sari.goto(`${stack.url}/cases/${caseId}`);
    const careTeam = sari.getByRole('table', { name: 'Lapsen asian työryhmä' });
    await careTeam.getByRole('cell', { name: 'Sari Virtanen', exact: true }).waitFor();
    const sariToken = await fetchToken('sari.virtanen');
    const maria = claims(await fetchToken('maria.korhonen'));
    const added = await stack.caseCoordination.call('POST', `/cases/${caseId}/care-team`, sariToken, {
      userId: maria.sub,
      displayName: 'Maria Korhonen',
      agency: 'school',
      participantKind: 'professional',
      roleInCase: 'erityisopettaja',
      since: '2026-12-23',
    });
    expect(added.status).toBe(201);
    await careTeam.getByRole('cell', { name: 'Maria Korhonen', exact: true }).waitFor({ timeout: 10_000 });
  }, 60_000);

  it('takes Maria off the care team after asking in the design system’s dialog; the responsible worker has no remove button', async () => {
    const careTeam = sari.getByRole('table', { name: 'Lapsen asian työryhmä' });
    expect(await careTeam.getByRole('button', { name: 'Poista työryhmästä: Sari Virtanen' }).count()).toBe(0);
    const remove = careTeam.getByRole('button', { name: 'Poista työryhmästä: Maria Korhonen' });
    await remove.click();
    const dialog = sari.getByRole('dialog', { name: 'Poistetaanko Maria Korhonen lapsen asian työryhmästä?' });
    await dialog.waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await dialog.getByRole('button', { name: 'Älä poista' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await hasFocus(remove)).toBe(true);

    await remove.click();
    await dialog.getByRole('textbox', { name: 'Syy' }).fill('Erityisopetus päättyi');
    await dialog.getByRole('button', { name: 'Poista työryhmästä' }).click();
    await careTeam.getByRole('cell', { name: 'Maria Korhonen', exact: true }).waitFor({ state: 'detached' });
    await careTeam.getByRole('cell', { name: 'Sari Virtanen', exact: true }).waitFor();
  }, 60_000);

  it('speaks Swedish once switched, on <html lang> too, and remembers it after a reload', async () => {
    await sari.getByRole('button', { name: /^Kieli: Suomeksi/ }).click();
    await sari.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
    await sari.getByRole('heading', { name: 'Tidsfrister' }).waitFor();
    await sari.getByText('Beslut om att inleda bedömningen av servicebehovet senast 7.1.2027').waitFor();
    expect(await sari.locator('html').getAttribute('lang')).toBe('sv');
    await sari.reload();
    await sari.getByRole('heading', { name: 'Arbetsgruppen kring barnet' }).waitFor();
    await sari.getByRole('table', { name: 'Arbetsgruppen kring barnet' }).getByRole('cell', { name: 'barnskydd' }).waitFor();
    await sari
      .getByRole('region', { name: 'Händelser' })
      .getByText('Inkommit som: barnskyddsanmälan · Ansvarig socialarbetare: Sari Virtanen')
      .waitFor();
    expect(await sari.locator('html').getAttribute('lang')).toBe('sv');
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'case-page-sv');
  }, 60_000);

  it('signs Sari out, at the gateway and at Keycloak, back to the sign-in page in the language she chose', async () => {
    await sari.getByRole('button', { name: 'Logga ut' }).click();
    await sari.getByRole('heading', { level: 1, name: 'Logga in i tjänsten Yhdessä' }).waitFor();
    expect(new URL(sari.url()).origin).toBe(stack.url);
    expect((await sari.request.get(`${stack.url}/api/me`)).status()).toBe(401);
  }, 60_000);

  it('shows a teacher of another agency, not on the care team, the same not-found page as for a case that does not exist', async () => {
    const teacher = await stack.newPage();
    await signIn(teacher, stack, 'ville.heikkinen', `/cases/${caseId}`);
    expect(new URL(teacher.url()).pathname).toBe(`/cases/${caseId}`);
    await teacher.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    const forCase = { text: await teacher.locator('main').innerText(), title: await teacher.title() };
    expect(forCase.text).not.toContain('Mika');
    expect(await axeViolations(teacher)).toEqual([]);
    await screenshot(teacher, 'not-found');

    await teacher.goto(`${stack.url}/cases/${randomUUID()}`);
    await teacher.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    expect({ text: await teacher.locator('main').innerText(), title: await teacher.title() }).toEqual(forCase);
  }, 60_000);
});

/** Whether the open listbox's active option (aria-activedescendant) is the one named. */
async function activeOptionIs(page: Page, name: string): Promise<boolean> {
  const active = await page
    .locator('[role="listbox"][aria-activedescendant]')
    .getAttribute('aria-activedescendant', { timeout: 2_000 });
  return !!active && (await page.locator(`[id="${active}"]`).innerText()).trim() === name;
}
