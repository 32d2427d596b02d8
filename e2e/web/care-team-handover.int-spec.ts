import { randomUUID } from 'node:crypto';
import { FixedClock } from '@yhdessa/platform';
import { claims, expectEventually, fetchToken } from '@yhdessa/testing';
import type { Page } from 'playwright-core';
import { childBirthDate, childIdentityCode } from '../../services/case-coordination/test/child-identity.fixture.js';
import { closeOpenCases } from '../../services/case-coordination/test/open-cases.fixture.js';
import {
  axeViolations,
  hasFocus,
  journeyOneNoon,
  screenshot,
  signIn,
  startWebStack,
  tabTo,
  type WebStack,
} from './web-stack.fixture.js';

/** A small statutory caseload limit, so that two cases fill a worker's caseload. */
const LIMIT = 2;

interface Person {
  token: string;
  userId: string;
  name: string;
}

/**
 * The care team and the handover in the browser (screens 4 and 5). Sari, a social worker, adds the
 * teacher Anna to a child's care team through the dialog with the keyboard alone; hands another
 * child's case to Jukka within the caseload limit; is refused when Jukka's caseload is full, and the
 * service manager Markku, who does not read the case, hands it over beyond the limit with a reason.
 * The timeline shows each handover; axe finds nothing on any screen or dialog; Anna, of another
 * agency, gets the not-found page at the handover's address.
 */
describe('web: the care team and the handover', () => {
  let stack: WebStack;
  let sari: Person;
  let jukka: Person;
  let sariPage: Page;
  let caseA: string;
  let caseB: string;
  const childA = `Mika Testinen ${randomUUID().slice(0, 4)}`;

  const person = async (username: string): Promise<Person> => {
    const token = await fetchToken(username);
    return { token, userId: claims(token).sub, name: claims(token).name };
  };
  const openCase = async (worker: Person, childName: string): Promise<string> => {
    const dateOfBirth = childBirthDate();
    const opened = await stack.caseCoordination.call('POST', '/cases', worker.token, {
      origin: 'child-welfare-notification',
      receivedAt: '2026-12-22T09:15:00+02:00',
      language: 'fi',
      child: { name: childName, personalIdentityCode: childIdentityCode(dateOfBirth), dateOfBirth },
      notification: { channel: 'school', notifierName: 'Anna Laine', content: 'Poissa koulusta viikkoja.' },
    });
    expect(opened.status).toBe(201);
    return opened.body.id;
  };
  /** A browser page with room for a machine busy with other tests: the screens themselves answer well within it. */
  const newPage = async (): Promise<Page> => {
    const page = await stack.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  };
  const responsibleWorkerOf = async (caseId: string) =>
    (await stack.caseCoordination.call('GET', `/cases/${caseId}`, sari.token)).body.responsibleWorker?.displayName;

  beforeAll(async () => {
    stack = await startWebStack('care_team_handover', new FixedClock(journeyOneNoon), [], { CASELOAD_LIMIT: String(LIMIT) });
    const coordinator = await person('tuula.niemi');
    [sari, jukka] = await Promise.all([person('sari.virtanen'), person('jukka.lehto')]);
    // The test database outlives the run: Jukka starts with an empty caseload (the stack closed Sari's cases).
    await closeOpenCases(stack.caseCoordination, new Map([[jukka.userId, jukka.token]]));
    // Sari and Jukka are social workers on a systemic team: that is how the service knows them as such.
    const team = await stack.caseCoordination.call('POST', '/teams', coordinator.token, {
      name: `Tiimi ${randomUUID().slice(0, 6)}`,
    });
    expect(team.status).toBe(201);
    for (const worker of [sari, jukka]) {
      const added = await stack.caseCoordination.call('POST', `/teams/${team.body.id}/members`, coordinator.token, {
        userId: worker.userId,
        displayName: worker.name,
        teamRole: 'social-worker',
      });
      expect(added.status).toBe(201);
    }
    caseA = await openCase(sari, childA);
    caseB = await openCase(sari, `Aino Testinen ${randomUUID().slice(0, 4)}`);
    sariPage = await newPage();
    await signIn(sariPage, stack, 'sari.virtanen', `/cases/${caseA}`);
  }, 120_000);

  afterAll(async () => {
    await closeOpenCases(stack.caseCoordination, new Map([[jukka.userId, jukka.token]])).catch(() => undefined);
    await stack?.close();
  }, 60_000);

  it('adds the teacher to the care team through the dialog, by keyboard alone, errors tied to their fields', async () => {
    const page = sariPage;
    const keyboard = page.keyboard;
    await page.getByRole('heading', { level: 1, name: childA }).waitFor();
    const opener = page.getByRole('button', { name: 'Lisää jäsen' });
    await tabTo(page, opener);
    await keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Lisää jäsen lapsen asian työryhmään' });
    await dialog.waitFor();

    // Sent empty: a summary takes the focus and names each field; the fields say it too.
    await tabTo(page, dialog.getByRole('button', { name: 'Lisää työryhmään' }));
    await keyboard.press('Enter');
    const summary = dialog.getByRole('heading', { name: 'Korjaa nämä kohdat:' });
    await summary.waitFor();
    expect(await hasFocus(summary)).toBe(true);
    expect(await dialog.locator('.fi-error-summary a').allInnerTexts()).toEqual([
      'Henkilö: Hae henkilö ja valitse hänet hakutuloksista.',
      'Tehtävä lapsen asiassa: Tämä tieto tarvitaan.',
    ]);
    const search = dialog.getByRole('textbox', { name: 'Henkilö' });
    expect(await search.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // Found by name (Enter searches), picked with the space bar; her role is suggested as her task.
    await tabTo(page, search);
    await keyboard.type('anna');
    await keyboard.press('Enter');
    const anna = dialog.getByRole('radio', { name: /Anna Laine/ });
    await anna.waitFor();
    expect(await dialog.getByRole('radio').count()).toBe(1);
    expect(await dialog.getByText('opettaja, koulu').count()).toBe(1);
    await tabTo(page, anna);
    await keyboard.press('Space');
    expect(await anna.isChecked()).toBe(true);
    const task = dialog.getByRole('textbox', { name: 'Tehtävä lapsen asiassa' });
    expect(await task.inputValue()).toBe('opettaja');
    await tabTo(page, task);
    await keyboard.press('Control+A');
    await keyboard.type('luokanopettaja');
    await tabTo(page, dialog.getByRole('textbox', { name: 'Alkaen' }));
    await keyboard.press('Control+A');
    await keyboard.type('23.12.2026');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'care-team-add-member');

    await tabTo(page, dialog.getByRole('button', { name: 'Lisää työryhmään' }));
    await keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    const careTeam = page.getByRole('table', { name: 'Lapsen asian työryhmä' });
    const annasRow = careTeam.getByRole('row').filter({ hasText: 'Anna Laine' });
    await annasRow.waitFor();
    expect(await annasRow.getByRole('cell').allInnerTexts()).toEqual(
      expect.arrayContaining(['Anna Laine', 'koulu', 'luokanopettaja', '23.12.2026']),
    );
    // The role the service gives the responsible social worker, in the reader's language.
    const sarisRow = careTeam.getByRole('row').filter({ hasText: 'Sari Virtanen' });
    expect(await sarisRow.getByRole('cell').allInnerTexts()).toEqual(
      expect.arrayContaining(['Sari Virtanen', 'lastensuojelu', 'lapsen asioista vastaava sosiaalityöntekijä']),
    );
    expect(await hasFocus(opener)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  }, 180_000);

  it('hands a case over to Jukka within the limit, and the case page and its timeline show it', async () => {
    const page = sariPage;
    await page.goto(`${stack.url}/cases/${caseB}`);
    await page.getByRole('link', { name: 'Vaihda vastaava sosiaalityöntekijä' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vastaavan sosiaalityöntekijän vaihto' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseB}/handover`);
    expect(await page.locator('.fact-list').innerText()).toContain('Sari Virtanen');

    await page.getByRole('textbox', { name: 'Uusi vastaava sosiaalityöntekijä' }).fill('Lehto');
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.getByRole('radio', { name: /Jukka Lehto/ }).check({ force: true });
    // A social worker sees only her own caseload: the service checks Jukka's when she confirms.
    await page.getByText('Palvelu tarkistaa työntekijän asiakasmäärän, kun vahvistat vaihdon.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'handover');

    await page.getByRole('button', { name: 'Vahvista vaihto' }).click();
    await page.waitForURL((url) => url.pathname === `/cases/${caseB}`);
    await page.getByRole('heading', { name: 'Lapsen asioista vastaava sosiaalityöntekijä' }).waitFor();
    await page.getByText('Jukka Lehto').first().waitFor();
    expect(await responsibleWorkerOf(caseB)).toBe('Jukka Lehto');
    // The timeline is built from the events over Kafka, and the live notice refreshes it.
    await expectEventually(async () => {
      await page.getByText('Vastaava sosiaalityöntekijä vaihtui').first().waitFor({ timeout: 2_000 });
    }, 30_000);
    expect(await axeViolations(page)).toEqual([]);
  }, 180_000);

  it('refuses the worker a handover beyond the limit, and the service manager makes it with a reason', async () => {
    // Jukka has case B; a case of his own fills his caseload.
    await openCase(jukka, `Eero Testinen ${randomUUID().slice(0, 4)}`);
    const page = sariPage;
    await page.goto(`${stack.url}/cases/${caseA}/handover`);
    await page.getByRole('heading', { level: 1, name: 'Vastaavan sosiaalityöntekijän vaihto' }).waitFor();
    await page.getByRole('textbox', { name: 'Uusi vastaava sosiaalityöntekijä' }).fill('jukka');
    await page.getByRole('button', { name: 'Hae' }).click();
    await page.getByRole('radio', { name: /Jukka Lehto/ }).check({ force: true });
    await page.getByRole('button', { name: 'Vahvista vaihto' }).click();
    const summary = page.getByRole('heading', { name: 'Korjaa nämä kohdat:' });
    await summary.waitFor();
    expect(await page.locator('.fi-error-summary a').allInnerTexts()).toEqual([
      'Uusi vastaava sosiaalityöntekijä: Työntekijän asiakasmäärä on jo lain mukaisessa enimmäismäärässä. Vain palvelupäällikkö voi tehdä vaihdon.',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(await responsibleWorkerOf(caseA)).toBe('Sari Virtanen');

    // The service manager organises caseloads without reading the case: no child's name on his page.
    const markku = await newPage();
    await signIn(markku, stack, 'markku.salo', `/cases/${caseA}/handover`);
    await markku.getByRole('heading', { level: 1, name: 'Vastaavan sosiaalityöntekijän vaihto' }).waitFor();
    expect(await markku.locator('main').innerText()).not.toContain(childA);
    await markku.getByRole('textbox', { name: 'Uusi vastaava sosiaalityöntekijä' }).fill('jukka');
    await markku.getByRole('button', { name: 'Hae' }).click();
    await markku.getByRole('radio', { name: /Jukka Lehto/ }).check({ force: true });
    await markku.getByText('Jukka Lehto: nyt 2 asiakasta, vaihdon jälkeen 3. Lain mukainen enimmäismäärä on 2.').waitFor();
    const reason = markku.getByRole('textbox', { name: 'Perustelu enimmäismäärän ylitykselle' });
    await reason.waitFor();
    await markku.getByRole('button', { name: 'Vahvista vaihto' }).click();
    await markku.getByRole('heading', { name: 'Korjaa nämä kohdat:' }).waitFor();
    expect(await markku.locator('.fi-error-summary a').allInnerTexts()).toEqual([
      'Perustelu enimmäismäärän ylitykselle: Kirjoita perustelu, kun enimmäismäärä ylittyy.',
    ]);
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(markku)).toEqual([]);
    await reason.fill('Sari jää pitkälle vapaalle; Jukka tuntee perheen.');
    await screenshot(markku, 'handover-override');
    await markku.getByRole('button', { name: 'Vahvista vaihto' }).click();
    await markku.getByText('Asian vastaava sosiaalityöntekijä on nyt Jukka Lehto.').waitFor();
    expect(await axeViolations(markku)).toEqual([]);
    expect(await responsibleWorkerOf(caseA)).toBe('Jukka Lehto');

    // Sari, still on the care team, sees the handover on the case's timeline.
    await page.goto(`${stack.url}/cases/${caseA}`);
    await page.getByRole('heading', { level: 1, name: childA }).waitFor();
    await expectEventually(async () => {
      await page.reload();
      await page.getByText('Vastaava sosiaalityöntekijä vaihtui').first().waitFor({ timeout: 3_000 });
    }, 30_000);
  }, 180_000);

  it('shows the teacher of another agency, on the care team, the same not-found page at the handover’s address as for no case', async () => {
    const anna = await newPage();
    await signIn(anna, stack, 'anna.laine', `/cases/${caseA}`);
    await anna.getByRole('heading', { level: 1, name: childA }).waitFor();
    expect(await anna.getByRole('link', { name: 'Vaihda vastaava sosiaalityöntekijä' }).count()).toBe(0);
    expect(await anna.getByRole('button', { name: 'Lisää jäsen' }).count()).toBe(0);

    await anna.goto(`${stack.url}/cases/${caseA}/handover`);
    await anna.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    const forCase = await anna.locator('main').innerText();
    await anna.goto(`${stack.url}/cases/${randomUUID()}/handover`);
    await anna.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    expect(await anna.locator('main').innerText()).toBe(forCase);
    expect(await axeViolations(anna)).toEqual([]);
  }, 120_000);
});
