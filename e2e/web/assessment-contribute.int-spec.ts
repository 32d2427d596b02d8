import { FixedClock } from '@yhdessa/platform';
import { expectEventually, testServers } from '@yhdessa/testing';
import pg from 'pg';
import type { Page } from 'playwright-core';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
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
import { ainosPeople, openAinosCase } from './ainos-case.fixture.js';
import { serviceCall } from './service-call.fixture.js';

/**
 * Journey 2's assessment through its screens: Sari starts Aino's assessment from the case page and
 * invites the teacher, the foster carer and Aino (a due date the service finds past is shown beside
 * that person's date); the foster carer gives her view; the teacher finds the request on her home page,
 * gives her view with the draft saved by itself (a reload keeps it; a save made elsewhere meanwhile is
 * a choice, never overwritten), sends it, and only then sees the foster carer's view. axe on every screen.
 */
describe('web: starting an assessment and giving one’s view', () => {
  let stack: WebStack;
  let assessmentUrl: string;
  let caseId = '';
  let assessmentId = '';
  let sari: Page;
  let teacher: Page;

  const people = [ainosPeople.teacher, ainosPeople.fosterCarer, ainosPeople.aino] as const;

  const assessment = serviceCall(() => assessmentUrl);

  beforeAll(async () => {
    stack = await startWebStack('assessment_contribute', new FixedClock(journeyOneNoon), [
      { service: 'assessment', start: (database, clock) => startAssessment(database, { clock }) },
    ]);
    assessmentUrl = stack.alongside.assessment!.url;
    // The test database outlives a run: the assessments of earlier runs go, so the pages show this run's alone.
    const own = new pg.Client({ ...testServers().pg, database: 'yhdessa_test_web_assessment_contribute_assessment' });
    await own.connect();
    await own.query('TRUNCATE assessment CASCADE');
    await own.end();
    caseId = await openAinosCase(stack, { team: people, motherAsGuardian: false });
    // The assessment service learns the care team over Kafka: each invitee reads the case there once it has.
    await expectEventually(
      async () => {
        for (const [username] of people)
          expect((await assessment('GET', `/cases/${caseId}/assessments`, username)).status).toBe(200);
      },
      60_000,
      500,
    );
    sari = await stack.newPage();
    // Sari's browser lives on 1 December 2026, the services on the 23rd: a due date between the two passes
    // the browser's own check and is refused by the service, which the start form must show beside the field.
    await sari.clock.setFixedTime(new Date('2026-12-01T12:00:00+02:00'));
    teacher = await stack.newPage();
  }, 240_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  it('lets the responsible worker start the assessment from the case page, refusals beside their fields', async () => {
    await signIn(sari, stack, 'sari.virtanen', `/cases/${caseId}`);
    const section = sari.getByRole('region', { name: 'Monitoimijaiset arvioinnit' });
    await section.getByText('Asiassa ei ole arviointeja.').waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await section.getByRole('link', { name: 'Aloita monitoimijainen arviointi' }).click();
    await sari.getByRole('heading', { level: 1, name: 'Aloita monitoimijainen arviointi' }).waitFor();
    expect(await sari.getByRole('radio', { name: 'Hyvinvoinnin tähti (8 osa-aluetta)' }).isChecked()).toBe(true);
    expect(await sari.getByRole('radio', { name: 'Palvelutarpeen arviointi' }).isChecked()).toBe(true);
    expect(
      await sari
        .getByRole('checkbox', { name: 'Näkemykset näkyvät muille kutsutuille vasta, kun he ovat antaneet omansa' })
        .isChecked(),
    ).toBe(true);
    expect(await axeViolations(sari)).toEqual([]);

    // Nobody chosen: the summary of what to correct takes the focus.
    await sari.getByRole('button', { name: 'Aloita arviointi ja lähetä kutsut' }).click();
    const summary = sari.getByRole('heading', { name: 'Korjaa nämä ennen kuin aloitat arvioinnin' });
    await summary.waitFor();
    expect(await hasFocus(summary)).toBe(true);
    await sari.getByText('Kutsuttavat: Kutsu ainakin yksi henkilö.').waitFor();

    await sari.getByText('Kutsu: Anna Laine').click();
    await sari.getByText('Kutsu: Riitta Hakala').click();
    await sari.getByText('Kutsu: Aino Aalto').click();
    await sari.getByLabel('Määräaika: Anna Laine').fill('8.1.2027');
    await sari.getByLabel('Määräaika: Aino Aalto').fill('8.1.2027');
    // A date the browser takes but the service, on 23 December 2026, refuses: shown beside Riitta's date.
    await sari.getByLabel('Määräaika: Riitta Hakala').fill('22.12.2026');
    await sari.getByRole('button', { name: 'Aloita arviointi ja lähetä kutsut' }).click();
    await sari.getByText('Määräaika: Riitta Hakala: Määräaika ei voi olla menneisyydessä.').waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await sari.getByLabel('Määräaika: Riitta Hakala').fill('8.1.2027');
    await screenshot(sari, 'assessment-start');
    await sari.getByRole('button', { name: 'Aloita arviointi ja lähetä kutsut' }).click();

    await sari.waitForURL((url) => /\/assessments\/[0-9a-f-]{36}$/.test(url.pathname));
    assessmentId = new URL(sari.url()).pathname.split('/').pop()!;
    await sari.getByRole('heading', { level: 1, name: 'Palvelutarpeen arviointi' }).waitFor();
    const invited = sari.getByRole('table', { name: 'Kutsutut' });
    for (const name of ['Anna Laine', 'Riitta Hakala', 'Aino Aalto']) {
      await invited.getByRole('row').filter({ hasText: name }).getByText('Ei aloitettu').waitFor();
    }
    await invited.getByRole('row').filter({ hasText: 'Anna Laine' }).getByText('8.1.2027').waitFor();
    await sari.getByText('Näkemyksiä annettu 0/3').waitFor();
    const synthesis = sari.getByRole('link', { name: 'Yhteenveto ja näkemysten vertailu' });
    expect(await synthesis.getAttribute('href')).toBe(`/cases/${caseId}/assessments/${assessmentId}/synthesis`);
    expect(await sari.getByRole('link', { name: 'Anna näkemyksesi' }).count()).toBe(0);
    const record = sari.getByRole('link', { name: 'Kirjaa näkemys yhdessä lapsen kanssa: Aino Aalto' });
    expect(await record.getAttribute('href')).toMatch(
      new RegExp(`^/cases/${caseId}/assessments/${assessmentId}/invitations/[0-9a-f-]{36}/recorded-view$`),
    );
    for (const domain of ['Terveys', 'Turvallisuus', 'Lapsen omat toiveet'])
      await sari.getByRole('listitem').filter({ hasText: domain }).first().waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'assessment-page');
  }, 180_000);

  it('shows the teacher the request on her home page and her invitations page', async () => {
    // The foster carer gives her view first; the teacher will not see it before she has given her own.
    const saved = await assessment('PUT', `/cases/${caseId}/assessments/${assessmentId}/contributions/mine`, 'riitta.hakala', {
      expectedVersion: 0,
      answers: {
        frameVersion: 1,
        domains: { 'everyday-life-and-care': { score: 5, strengths: 'Illat sujuvat hyvin kotona', concerns: '', text: '' } },
      },
    });
    expect(saved.status).toBe(200);
    expect(
      (
        await assessment('POST', `/cases/${caseId}/assessments/${assessmentId}/contributions/mine/submit`, 'riitta.hakala', {
          expectedVersion: saved.body.version,
        })
      ).status,
    ).toBe(200);

    await signIn(teacher, stack, 'anna.laine');
    const section = teacher.getByRole('region', { name: 'Pyynnöt antaa näkemys arviointiin' });
    await section.getByText('Pyytäjä Sari Virtanen, määräaika 8.1.2027').waitFor();
    await section.getByText('Palvelutarpeen arviointi').waitFor();
    expect(await axeViolations(teacher)).toEqual([]);
    await section.getByRole('link', { name: 'Kaikki pyynnöt (1)' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Pyynnöt antaa näkemys arviointiin' }).waitFor();
    await teacher.getByText('Ei aloitettu').waitFor();
    expect(await axeViolations(teacher)).toEqual([]);
    await teacher.getByRole('link', { name: 'Anna näkemyksesi: Palvelutarpeen arviointi, määräaika 8.1.2027' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Oma näkemykseni' }).waitFor();
  }, 90_000);

  it('saves the teacher’s draft by itself, keeps it over a reload, and lets her choose when it was saved elsewhere', async () => {
    const others = teacher.getByRole('region', { name: 'Muiden näkemykset' });
    await others
      .getByText('Muiden näkemykset näkyvät sinulle, kun olet lähettänyt omasi.')
      .waitFor()
      .catch(async (error: unknown) => {
        await teacher.screenshot({ path: '/tmp/assessment-contribute-failed.png', fullPage: true });
        throw error;
      });
    expect(await teacher.getByText('Illat sujuvat hyvin kotona').count()).toBe(0);
    expect(await axeViolations(teacher)).toEqual([]);

    const safety = teacher.getByRole('group', { name: 'Turvallisuus', exact: true });
    // By keyboard: Tab reaches the domain's scale at its checked choice ("no score"), the arrows move along it.
    await tabTo(teacher, safety.getByRole('radio', { name: 'Ei arviota' }), 80);
    for (let press = 0; press < 4; press += 1) await teacher.keyboard.press('ArrowUp');
    expect(await safety.getByRole('radio', { name: '2 – Huolta' }).isChecked()).toBe(true);
    await safety.getByLabel('Huolet').fill('Aino on arki-iltaisin myöhään ulkona.');
    await teacher.getByRole('status').getByText('Tallennettu klo 12.00').waitFor();
    await teacher.reload();
    await teacher.getByRole('heading', { level: 1, name: 'Oma näkemykseni' }).waitFor();
    const reloaded = teacher.getByRole('group', { name: 'Turvallisuus', exact: true });
    expect(await reloaded.getByLabel('Huolet').inputValue()).toBe('Aino on arki-iltaisin myöhään ulkona.');
    expect(await reloaded.getByRole('radio', { name: '2 – Huolta' }).isChecked()).toBe(true);
    // The limit is shown with what the field holds, a saved draft's text counted too.
    await reloaded.getByText('Enintään 4000 merkkiä, nyt 37.').waitFor();

    // Saved elsewhere meanwhile (another window): the next autosave is refused, and the teacher chooses.
    const current = await assessment('GET', `/cases/${caseId}/assessments/${assessmentId}/contributions/mine`, 'anna.laine');
    const elsewhere = await assessment('PUT', `/cases/${caseId}/assessments/${assessmentId}/contributions/mine`, 'anna.laine', {
      expectedVersion: current.body.version,
      answers: { ...current.body.answers, betterIf: 'Toisessa ikkunassa kirjoitettu' },
    });
    expect(elsewhere.status).toBe(200);
    await reloaded.getByLabel('Vahvuudet').fill('Aino pitää luokastaan.');
    const conflict = teacher.getByRole('heading', { name: 'Näkemystäsi on tallennettu toisaalla' });
    await conflict.waitFor();
    expect(await hasFocus(conflict)).toBe(true);
    await teacher.getByText(`(versio ${elsewhere.body.version})`, { exact: false }).waitFor();
    expect(await axeViolations(teacher)).toEqual([]);
    await screenshot(teacher, 'assessment-contribute-conflict');
    await teacher.getByRole('button', { name: 'Tallenna tämän sivun teksti sen päälle' }).click();
    await conflict.waitFor({ state: 'detached' });
    await teacher.getByRole('status').getByText('Tallennettu klo 12.00').waitFor();
    const kept = await assessment('GET', `/cases/${caseId}/assessments/${assessmentId}/contributions/mine`, 'anna.laine');
    expect(kept.body.version).toBe(elsewhere.body.version + 1);
    expect(kept.body.answers.domains.safety.strengths).toBe('Aino pitää luokastaan.');
  }, 90_000);

  it('sends the view once after a confirmation, then shows an addendum form and the others’ views', async () => {
    await teacher.getByRole('button', { name: 'Lähetä näkemys' }).click();
    const dialog = teacher.getByRole('dialog', { name: 'Lähetetäänkö näkemys?' });
    await dialog.waitFor();
    expect(await axeViolations(teacher)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lähetä' }).click();
    const sent = teacher.getByRole('heading', { name: 'Näkemyksesi on lähetetty 23.12.2026.' });
    await sent.waitFor();
    expect(await hasFocus(sent)).toBe(true);
    expect(await teacher.getByRole('group', { name: 'Turvallisuus', exact: true }).count()).toBe(0);
    await teacher
      .getByRole('table', { name: 'Lähettämäsi näkemys' })
      .getByText('Aino on arki-iltaisin myöhään ulkona.')
      .waitFor();

    const others = teacher.getByRole('region', { name: 'Muiden näkemykset' });
    await others.getByRole('heading', { name: 'Riitta Hakala (perhe, sijaisvanhempi, perhehoitaja)' }).waitFor();
    await others.getByText('Illat sujuvat hyvin kotona').waitFor();

    await teacher.getByRole('textbox', { name: 'Täydennys' }).fill('Tilanne on parantunut joululoman jälkeen.');
    await teacher.getByRole('button', { name: 'Lisää täydennys' }).click();
    await teacher.getByText('Täydennys lisätty.').waitFor();
    await teacher.getByText('Tilanne on parantunut joululoman jälkeen.').waitFor();
    expect(await axeViolations(teacher)).toEqual([]);
    await screenshot(teacher, 'assessment-contribute-submitted');

    // The service refuses a second submission; the lead sees who has given their view, not its draft.
    expect(
      (
        await assessment('POST', `/cases/${caseId}/assessments/${assessmentId}/contributions/mine/submit`, 'anna.laine', {
          expectedVersion: 1,
        })
      ).body.code,
    ).toBe('contribution_already_submitted');
    await sari.reload();
    await sari.getByText('Näkemyksiä annettu 2/3').waitFor();
    expect(await sari.getByText('Aino on arki-iltaisin myöhään ulkona.').count()).toBe(0);

    // In Swedish: the page's words and the frame's own.
    await teacher.getByRole('button', { name: /^Kieli: Suomeksi/ }).click();
    await teacher.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Min synpunkt' }).waitFor();
    const ownInSwedish = teacher.getByRole('table', { name: 'Synpunkten du skickade' });
    await ownInSwedish.getByRole('row').filter({ hasText: 'Trygghet' }).getByText('2 – Oro').waitFor();
    await teacher.getByRole('region', { name: 'De andras synpunkter' }).waitFor();
    expect(await axeViolations(teacher)).toEqual([]);
  }, 90_000);
});
