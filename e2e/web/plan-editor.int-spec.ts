import { finnishDate, FixedClock } from '@yhdessa/platform';
import { claims, expectEventually, fetchToken } from '@yhdessa/testing';
import type { Page } from 'playwright-core';
import { startClientPlan } from '../../services/client-plan/test/client-plan.fixture.js';
import { axeViolations, journeyOneNoon, screenshot, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';
import { ainosPeople, openAinosCase, recordConsent } from './ainos-case.fixture.js';
import { saveButton, writeAinosGoalAndActions } from './plan-editor.fixture.js';
import { serviceCall } from './service-call.fixture.js';

/**
 * Journey 2's plan written in the browser: the draft started from Aino's completed assessment (its needs
 * keep their source), Sari writes the goal with Aino's own words beside it and the actions of the school,
 * youth psychiatry and child protection; a review date too far ahead is refused at its field; a save on
 * a revision someone else has saved over meanwhile is refused (409) and the editor says so, keeping what
 * she typed; the comparison shows what changed. Once the plan is in force, the teacher finds the school's
 * action among her own actions, on her home and on her actions page, and moves it. The school and the
 * family each read the plan as it is meant for them. When the mother lets the school see health
 * information, the psychiatry action comes onto the teacher's open plan and editor by itself; when she
 * withdraws that consent, it leaves both within seconds, without a reload. axe on every screen.
 */
describe('web: the client plan’s editor, its comparison and my actions', () => {
  let stack: WebStack;
  let planUrl: string;
  let caseId: string;
  const ids = new Map<string, string>();
  const pages = new Map<string, Page>();
  const people = [ainosPeople.teacher, ainosPeople.nurse, ainosPeople.mother] as const;
  const assessmentId = '7f0c6a52-3d1e-4b8e-9a51-0c2a4c1f0001';

  const plan = serviceCall(() => planUrl);

  beforeAll(async () => {
    stack = await startWebStack('plan_editor', new FixedClock(journeyOneNoon), [
      { service: 'client-plan', start: (database, clock) => startClientPlan(database, { clock }) },
    ]);
    planUrl = stack.alongside['client-plan']!.url;
    for (const username of ['sari.virtanen', ...people.map(([name]) => name)])
      ids.set(username, claims(await fetchToken(username)).sub);
    caseId = await openAinosCase(stack, { team: people });
    // The draft as a completed assessment starts it: its needs from the synthesis, each with its source.
    const needSource = (needId: string, domains: string[]) => ({
      assessmentId,
      needId,
      domains,
      fromInvitations: ['7f0c6a52-3d1e-4b8e-9a51-0c2a4c1f0011', '7f0c6a52-3d1e-4b8e-9a51-0c2a4c1f0012'],
    });
    const draft = {
      needs: [
        {
          id: 'n1',
          text: 'Tuki koulunkäyntiin ja luokassa pysymiseen',
          source: needSource('7f0c6a52-3d1e-4b8e-9a51-0c2a4c1f0021', ['koulu']),
        },
        {
          id: 'n2',
          text: 'Rauhalliset illat ja levon tarve',
          source: needSource('7f0c6a52-3d1e-4b8e-9a51-0c2a4c1f0022', ['arki', 'terveys']),
        },
      ],
      goals: [],
      actions: [],
      services: [],
      participants: [],
      childView: null,
      disagreements: [],
      reviewOn: null,
    };
    // client-plan learns the care team from case-coordination's events: the plan starts once it knows Sari's case.
    await expectEventually(
      async () => {
        const started = await plan('POST', `/cases/${caseId}/plan`, 'sari.virtanen', {
          childDateOfBirth: '2012-09-14',
          content: draft,
        });
        expect(started.status).toBe(201);
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
    for (const username of ['sari.virtanen', 'anna.laine', 'liisa.aalto']) {
      const page = await stack.newPage();
      page.setDefaultTimeout(30_000);
      await signIn(page, stack, username, username === 'anna.laine' ? '/' : `/cases/${caseId}/plan`);
      pages.set(username, page);
    }
  }, 480_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  const page = (username: string) => pages.get(username)!;

  it('writes the goal with Aino’s words and the three agencies’ actions, the review date refused at its field until it is within a year', async () => {
    const sari = page('sari.virtanen');
    await sari.getByRole('heading', { level: 2, name: 'Versio 1: luonnos' }).waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await sari.getByRole('link', { name: 'Muokkaa suunnitelmaa' }).click();
    await sari.getByRole('heading', { level: 1, name: 'Muokkaa asiakassuunnitelmaa' }).waitFor();
    // The needs keep their source in the assessment.
    await sari.getByText('Lähde: monitoimijainen arviointi, osa-alueet arki, terveys, 2 näkemyksestä').waitFor();
    expect(await axeViolations(sari)).toEqual([]);

    await writeAinosGoalAndActions(sari);
    await sari.getByRole('textbox', { name: /Miten lapsen mielipide selvitettiin/ }).fill('Tapaaminen koulussa');
    await sari.getByRole('textbox', { name: /Mitä lapsi ajattelee/ }).fill('Aino haluaa jäädä luokalleen ja nähdä ystäviään.');
    await sari.getByRole('textbox', { name: /Tarkistetaan viimeistään/ }).fill('31.1.2028');
    expect(await axeViolations(sari)).toEqual([]);

    await saveButton(sari).click();
    // More than 12 months ahead: the service refuses, and the refusal stands at the review date's field.
    const summary = sari.getByText('Korjaa nämä kohdat ennen tallentamista');
    await summary.waitFor();
    await sari.getByRole('link', { name: /Tarkistetaan viimeistään: Suunnitelman tarkistuspäivän on oltava/ }).waitFor();
    const reviewField = sari.locator('#plan-reviewOn');
    expect(await reviewField.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await reviewField.getAttribute('aria-describedby')) ?? '';
    const fieldTexts = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => sari.locator(`[id="${id}"]`).textContent()),
    );
    expect(fieldTexts.join(' ')).toContain('tarkistuspäivän on oltava');
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'plan-editor-review-date-refused');

    await sari.getByRole('textbox', { name: /Tarkistetaan viimeistään/ }).fill('30.6.2027');
    await saveButton(sari).click();
    await sari.getByText('Tallennettu: versio 1, tallennus 2.').waitFor();
    const saved = await plan('GET', `/cases/${caseId}/plan`, 'sari.virtanen');
    expect(saved.body.open.content.goals).toEqual([
      { id: 'g1', professional: 'Aino käy koulua joka päivä', childWords: 'Haluan pysyä tällä luokalla', needIds: ['n1'] },
    ]);
    expect(
      saved.body.open.content.actions.map((action: { agency: string; responsible: { userId: string } }) => [
        action.agency,
        action.responsible.userId,
      ]),
    ).toEqual([
      ['school', ids.get('anna.laine')],
      ['psychiatry', ids.get('pekka.nurmi')],
      ['child-protection', ids.get('sari.virtanen')],
    ]);
    expect(saved.body.open.content.reviewOn).toBe('2027-06-30');
    await screenshot(sari, 'plan-editor');
  }, 300_000);

  it('refuses a save over a revision someone saved meanwhile, keeping what was typed, and shows what changed', async () => {
    const sari = page('sari.virtanen');
    // The youth-psychiatry nurse saves the plan meanwhile: the goal reworded.
    const current = await plan('GET', `/cases/${caseId}/plan`, 'pekka.nurmi');
    const content = structuredClone(current.body.open.content);
    content.goals[0].professional = 'Aino käy koulua joka päivä ja jaksaa iltaisin';
    const meanwhile = await plan('PUT', `/cases/${caseId}/plan/draft`, 'pekka.nurmi', {
      base: { version: 1, revision: current.body.open.revision },
      content,
    });
    expect(meanwhile.status).toBe(200);

    await sari.getByRole('button', { name: 'Lisää eriävä näkemys' }).click();
    const held = sari.getByRole('group', { name: 'Eriävä näkemys 1' });
    await held.getByRole('textbox', { name: 'Mistä asiasta' }).fill('Illat');
    await held.getByRole('textbox', { name: 'Kenen näkemys' }).fill('koulu');
    await held.getByRole('textbox', { name: 'Näkemys', exact: true }).fill('Aino on arki-iltaisin liian myöhään ulkona');
    await saveButton(sari).click();
    const conflict = sari.getByRole('alert').filter({ hasText: 'Joku muu tallensi suunnitelman sillä välin' });
    await conflict.getByText(/Uusin tallennus on versio 1, tallennus 3: Pekka Nurmi/).waitFor();
    expect(await held.getByRole('textbox', { name: 'Mistä asiasta' }).inputValue()).toBe('Illat'); // kept, not saved
    const after = await plan('GET', `/cases/${caseId}/plan`, 'sari.virtanen');
    expect(after.body.open.revision).toBe(3);
    expect(after.body.open.content.disagreements).toEqual([]);
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'plan-editor-conflict');

    await conflict.getByRole('link', { name: 'Katso, mitä sillä välin muuttui' }).click();
    await sari.getByRole('heading', { level: 1, name: 'Suunnitelman muutokset' }).waitFor();
    await sari.getByRole('heading', { level: 2, name: 'Versio 1 tallennus 2 → versio 1 tallennus 3' }).waitFor();
    const goals = sari.getByRole('list', { name: 'Tavoitteet' });
    await goals.getByText('Muotoiltu uudelleen (tavoite)').waitFor();
    await goals.locator('del').getByText('Aino käy koulua joka päivä', { exact: true }).waitFor();
    await goals.locator('ins').getByText('Aino käy koulua joka päivä ja jaksaa iltaisin').waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'plan-diff');

    // From the draft the assessment started to now: the goal with Aino's words and the actions added.
    await sari.goto(`${stack.url}/cases/${caseId}/plan/diff?from=1.1&to=1.3`);
    await sari.getByRole('list', { name: 'Tavoitteet' }).getByText('Lisätty').waitFor();
    await sari.getByRole('list', { name: 'Toimenpiteet' }).getByText('Tukiopetus kahdesti viikossa').waitFor();
    expect(await sari.getByRole('list', { name: 'Toimenpiteet' }).getByText('Lisätty').count()).toBe(3);
    expect(await axeViolations(sari)).toEqual([]);
  }, 300_000);

  it('lists the school’s action among the teacher’s own once the plan is in force, and she moves it', async () => {
    const sent = await plan('POST', `/cases/${caseId}/plan/versions/1/sign-off`, 'sari.virtanen', {});
    expect(sent.status).toBe(200);
    const hash = sent.body.open.contentHash;
    for (const username of ['anna.laine', 'pekka.nurmi', 'liisa.aalto', 'sari.virtanen']) {
      const answered = await plan('POST', `/cases/${caseId}/plan/versions/1/answers`, username, {
        answer: 'sign',
        contentHash: hash,
      });
      expect([username, answered.status, answered.body.code]).toEqual([username, 200, undefined]);
    }

    const anna = page('anna.laine');
    await anna.goto(`${stack.url}/`);
    // The test databases outlive a run: earlier runs' plans are among hers too, so this case's are picked by their link.
    const toThisPlan = anna.locator(`a[href="/cases/${caseId}/plan"]`);
    const home = anna.getByRole('region', { name: 'Omat toimenpiteet asiakassuunnitelmissa' });
    const homeItems = home.getByRole('listitem').filter({ has: toThisPlan });
    await homeItems.getByText('Tukiopetus kahdesti viikossa').waitFor();
    expect(await homeItems.count()).toBe(1); // not the psychiatry action: another agency's, without consent
    expect(await axeViolations(anna)).toEqual([]);

    await home.getByRole('link', { name: 'Kaikki omat toimenpiteet' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Omat toimenpiteet' }).waitFor();
    const thisPlan = anna.getByRole('article').filter({ has: toThisPlan });
    const action = thisPlan.filter({ hasText: 'Tukiopetus kahdesti viikossa' });
    await action.locator('dd', { hasText: 'suunniteltu' }).waitFor();
    expect(await thisPlan.count()).toBe(1);
    expect(await axeViolations(anna)).toEqual([]);
    await action.locator('button[id$="-status_button"]').click();
    await anna.getByRole('option', { name: 'käynnissä', exact: true }).click();
    await action.getByRole('textbox', { name: /Huomio tilanteesta/ }).fill('Ensimmäinen tukiopetustunti pidetty');
    await action.getByRole('button', { name: 'Tallenna tilanne' }).click();
    await action.getByText('Tilanne tallennettu.').waitFor();
    await action.getByText(/Anna Laine .*: Ensimmäinen tukiopetustunti pidetty/).waitFor();
    expect(await axeViolations(anna)).toEqual([]);
    // Only this case's action: the list also holds earlier runs' plans, which would make every run's image differ.
    await action.screenshot({ path: 'docs/screenshots/my-actions.png', animations: 'disabled', caret: 'hide' });
    const progress = await plan('GET', `/cases/${caseId}/plan`, 'sari.virtanen');
    expect(progress.body.actions).toContainEqual(
      expect.objectContaining({ actionId: 'a1', status: 'ongoing', note: 'Ensimmäinen tukiopetustunti pidetty' }),
    );
  }, 300_000);

  it('shows the school its shared parts and its own action, and the family the whole plan in plain words', async () => {
    const anna = page('anna.laine');
    await anna.goto(`${stack.url}/cases/${caseId}/plan`);
    await anna.getByRole('heading', { level: 2, name: 'Versio 1: voimassa' }).waitFor();
    await anna.getByText('Näet suunnitelman yhteiset osat ja oman tahosi toimenpiteet.', { exact: false }).waitFor();
    const schoolActions = anna.getByRole('table', { name: 'Toimenpiteet' });
    expect(await schoolActions.getByRole('row').count()).toBe(2);
    await schoolActions.getByRole('cell', { name: 'käynnissä' }).waitFor();
    await anna.getByText('Toisten tahojen toimenpiteitä, joita et voi nähdä ilman perheen suostumusta: 2.').waitFor();
    await anna.getByRole('cell', { name: 'Haluan pysyä tällä luokalla' }).waitFor();
    expect(await axeViolations(anna)).toEqual([]);

    const liisa = page('liisa.aalto');
    await liisa.goto(`${stack.url}/cases/${caseId}/plan`);
    await liisa.getByRole('heading', { level: 2, name: 'Versio 1: voimassa' }).waitFor();
    await liisa.getByText(/Tämä on lapsen asiakassuunnitelma\. .*Näet koko suunnitelman\./).waitFor();
    expect(await liisa.getByRole('table', { name: 'Toimenpiteet' }).getByRole('row').count()).toBe(4);
    await liisa.getByText(/Laki edellyttää, että suunnitelma tarkistetaan vähintään kerran vuodessa/).waitFor();
    expect(await liisa.getByRole('link', { name: 'Muokkaa suunnitelmaa' }).count()).toBe(0);
    expect(await axeViolations(liisa)).toEqual([]);
    await screenshot(liisa, 'plan-family');
  }, 300_000);
  it('takes the psychiatry action off the teacher’s open plan and editor, without a reload, when the mother withdraws her consent', async () => {
    const psychiatryAction = 'Nuorisopsykiatrian sairaanhoitajan tapaaminen kerran kuussa';
    // The mother lets the school see health information: on client-plan's notice the teacher's open plan shows the action.
    const anna = page('anna.laine');
    await anna.goto(`${stack.url}/cases/${caseId}/plan`);
    await anna.getByRole('heading', { level: 2, name: 'Versio 1: voimassa' }).waitFor();
    await anna.evaluate('window.stillTheSamePage = true');
    await recordConsent(stack, caseId, 'liisa.aalto', {
      informationClass: 'health',
      toAgency: 'school',
      validFrom: finnishDate(journeyOneNoon),
      validUntil: finnishDate(new Date(journeyOneNoon.getTime() + 180 * 86_400_000)),
    });
    const actions = anna.getByRole('table', { name: 'Toimenpiteet' });
    await actions.getByRole('cell', { name: psychiatryAction }).waitFor({ timeout: 15_000 });
    await anna.getByText('Toisten tahojen toimenpiteitä, joita et voi nähdä ilman perheen suostumusta: 1.').waitFor();
    expect(await anna.evaluate<boolean>('window.stillTheSamePage === true')).toBe(true);
    expect(await axeViolations(anna)).toEqual([]);
    // Her editor, open beside it, has the action as one she may change.
    const editor = await anna.context().newPage();
    editor.setDefaultTimeout(30_000);
    await editor.goto(`${stack.url}/cases/${caseId}/plan/edit`);
    await editor.getByRole('heading', { level: 1, name: 'Muokkaa asiakassuunnitelmaa' }).waitFor();
    const whatIsDone = editor.getByRole('textbox', { name: 'Mitä tehdään' });
    await editor.getByRole('group', { name: 'Toimenpide 2' }).waitFor();
    expect(await whatIsDone.count()).toBe(2);
    expect(await whatIsDone.nth(1).inputValue()).toBe(psychiatryAction);
    await editor.evaluate('window.stillTheSamePage = true');

    // The mother withdraws it on her own case page.
    const liisa = page('liisa.aalto');
    await liisa.goto(`${stack.url}/cases/${caseId}`);
    const consents = liisa.getByRole('region', { name: 'Suostumukset' });
    await consents.getByRole('button', { name: 'Peruuta suostumus: terveystiedot, koulu' }).click();
    await consents.getByText('Peruutettu', { exact: false }).waitFor();

    // Within seconds, by the live notices alone: the same pages, the action gone from both, the school's own still there.
    await actions.getByRole('cell', { name: psychiatryAction }).waitFor({ state: 'detached', timeout: 15_000 });
    await anna.getByText('Toisten tahojen toimenpiteitä, joita et voi nähdä ilman perheen suostumusta: 2.').waitFor();
    await actions.getByRole('cell', { name: 'Tukiopetus kahdesti viikossa' }).waitFor();
    expect(await anna.evaluate<boolean>('window.stillTheSamePage === true')).toBe(true);
    expect(await axeViolations(anna)).toEqual([]);
    await editor.getByRole('group', { name: 'Toimenpide 2' }).waitFor({ state: 'detached', timeout: 15_000 });
    expect(await whatIsDone.count()).toBe(1);
    expect(await whatIsDone.first().inputValue()).toBe('Tukiopetus kahdesti viikossa');
    await editor.getByText('Suunnitelmassa on muiden tahojen toimenpiteitä, joita et näe (2).', { exact: false }).waitFor();
    expect(await editor.evaluate<boolean>('window.stillTheSamePage === true')).toBe(true);
    expect(await axeViolations(editor)).toEqual([]);
    await editor.close();
  }, 120_000);
});
