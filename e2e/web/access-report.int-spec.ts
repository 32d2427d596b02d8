import { randomUUID } from 'node:crypto';
import { expectEventually, fetchToken } from '@yhdessa/testing';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';
import { ainosPeople, openAinosCase } from './ainos-case.fixture.js';

/**
 * Journey 3's end in the browser: Aino's mother asks who has looked at Aino's information. Sari, the
 * responsible worker, has Aino's case with her mother Liisa and the teacher Anna on the care team;
 * Anna reads the case; Liisa signs in through Keycloak's login page, opens "Kuka on katsonut
 * tietojamme" from the case page and finds Anna's read there: who, when, what and why. In Swedish
 * too; axe finds nothing; the teacher herself meets the not-found page.
 */
describe('web: who has looked at our information', () => {
  let stack: WebStack;
  let liisa: Page;
  let caseId: string;

  beforeAll(async () => {
    stack = await startWebStack('access_report');
    caseId = await openAinosCase(stack, { team: [ainosPeople.mother, ainosPeople.teacher] });
    liisa = await stack.newPage();
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('lists the teacher’s read of the case for the guardian: who, when, what and why', async () => {
    const teacherToken = await fetchToken('anna.laine');
    expect((await stack.caseCoordination.call('GET', `/cases/${caseId}`, teacherToken)).status).toBe(200);
    // Reads reach the report from the audit log over Kafka: wait until the service lists it.
    const motherToken = await fetchToken('liisa.aalto');
    await expectEventually(async () => {
      const report = await stack.caseCoordination.call('GET', `/cases/${caseId}/access-report`, motherToken);
      expect(report.status).toBe(200);
      const readers: string[] = report.body.entries.map((entry: { actor: { displayName: string } }) => entry.actor.displayName);
      expect(readers).toContain('Anna Laine');
    }, 30_000);

    await signIn(liisa, stack, 'liisa.aalto', `/cases/${caseId}`);
    await liisa.getByRole('heading', { level: 1, name: 'Aino Aalto' }).waitFor();
    await liisa.getByRole('link', { name: 'Kuka on katsonut tietojamme' }).click();
    await liisa.getByRole('heading', { level: 1, name: 'Kuka on katsonut tietojamme' }).waitFor();
    expect(new URL(liisa.url()).pathname).toBe(`/cases/${caseId}/access-report`);
    expect(await liisa.title()).toBe('Kuka on katsonut tietojamme – Yhdessä');

    const report = liisa.getByRole('table', { name: 'Kuka on katsonut tietojamme' });
    const annasRead = report.getByRole('row').filter({ hasText: 'Anna Laine' });
    expect(await annasRead.count()).toBe(1);
    expect(await annasRead.getByRole('cell').allInnerTexts()).toEqual([
      '23.12.2026 12.00',
      'Anna Laine (opettaja, koulu)',
      'lastensuojelun tiedot: asian perustiedot',
      'työ lapsen asian parissa',
    ]);
    expect(await axeViolations(liisa)).toEqual([]);
    await screenshot(liisa, 'access-report');
  }, 90_000);

  it('speaks Swedish once switched', async () => {
    await liisa.getByRole('button', { name: /^Kieli: Suomeksi/ }).click();
    await liisa.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
    await liisa.getByRole('heading', { level: 1, name: 'Vem har tittat på våra uppgifter' }).waitFor();
    const annasRead = liisa.getByRole('table', { name: 'Vem har tittat på våra uppgifter' }).getByRole('row').filter({
      hasText: 'Anna Laine',
    });
    await annasRead.getByRole('cell', { name: 'Anna Laine (lärare, skola)' }).waitFor();
    expect(await axeViolations(liisa)).toEqual([]);
  }, 60_000);

  it('shows 50 reads at first and the older ones after “show more”, until there are no more', async () => {
    const teacherToken = await fetchToken('anna.laine');
    for (let read = 0; read < 50; read += 1) {
      expect((await stack.caseCoordination.call('GET', `/cases/${caseId}/care-team`, teacherToken)).status).toBe(200);
    }
    const motherToken = await fetchToken('liisa.aalto');
    await expectEventually(async () => {
      const report = await stack.caseCoordination.call('GET', `/cases/${caseId}/access-report?limit=200`, motherToken);
      const teachersReads = report.body.entries.filter(
        (entry: { actor: { displayName: string }; resource: string }) =>
          entry.actor.displayName === 'Anna Laine' && entry.resource === 'care-team',
      );
      expect(teachersReads).toHaveLength(50);
    }, 30_000);

    await liisa.reload();
    const table = liisa.getByRole('table', { name: 'Vem har tittat på våra uppgifter' });
    const teachersReads = table.getByRole('row').filter({ hasText: 'Anna Laine' });
    await teachersReads.first().waitFor();
    expect(await table.locator('tbody tr').count()).toBe(50);
    const showMore = liisa.getByRole('button', { name: 'Visa fler' });
    await showMore.click();
    await table.locator('tbody tr').nth(50).waitFor();
    // The last page is in: no button, neither "show more" nor "loading more".
    await liisa.getByRole('button', { name: /^(Visa fler|Hämtar fler)$/ }).waitFor({ state: 'detached' });
    // Every read of the teacher's is listed once: the 50 of the care team and the one of the case.
    expect(await teachersReads.count()).toBe(51);
    expect(await axeViolations(liisa)).toEqual([]);
  }, 90_000);

  it('shows the teacher, who may not read the report, the same not-found page as for a case that does not exist', async () => {
    const teacher = await stack.newPage();
    await signIn(teacher, stack, 'anna.laine', `/cases/${caseId}`);
    await teacher.getByRole('heading', { level: 1, name: 'Aino Aalto' }).waitFor();
    expect(await teacher.getByRole('link', { name: 'Kuka on katsonut tietojamme' }).count()).toBe(0);

    await teacher.goto(`${stack.url}/cases/${caseId}/access-report`);
    await teacher.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    const forCase = await teacher.locator('main').innerText();
    await teacher.goto(`${stack.url}/cases/${randomUUID()}/access-report`);
    await teacher.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    expect(await teacher.locator('main').innerText()).toBe(forCase);
    expect(await axeViolations(teacher)).toEqual([]);
  }, 60_000);
});
