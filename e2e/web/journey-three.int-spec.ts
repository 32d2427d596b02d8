import { FixedClock } from '@yhdessa/platform';
import { claims, expectEventually, fetchToken } from '@yhdessa/testing';
import type { Locator, Page } from 'playwright-core';
import { childIdentityCode } from '../../services/case-coordination/test/child-identity.fixture.js';
import { axeViolations, hasFocus, screenshot, signIn, startWebStack, tabTo, type WebStack } from './web-stack.fixture.js';

/** Tuesday 1 December 2026, ten in the morning in Helsinki: the systemic team meets. */
const tuesdayMorning = new Date('2026-12-01T10:00:00+02:00');
const decisionText = 'Varataan psykiatrian konsultaatio sijaisperheelle';

/**
 * Journey 3 in the browser, by keyboard alone: on Tuesday the coordinator Tuula builds the agenda
 * from the team's cases, nearest deadline first (Aino's decision on an assessment is due on Thursday,
 * Eetu's next week); for Aino the team records two hypotheses about the evenings, the family
 * therapist Elina's reflection and the decision to book a psychiatry liaison consultation for the
 * foster family, a task for Sari with a due date; Tuula finalises the minutes and an amendment shows
 * as one. Sari finds the task on her home; Aino's mother Liisa finds the meeting's reads in "who has
 * looked at our information"; the youth-psychiatry nurse on Aino's care team reads her case in Swedish; a social
 * worker not on the team meets the not-found page. axe on every
 * screen; the meeting mode's screenshots at a projector's 1920×1080.
 */
describe('web: journey 3 — the systemic team meeting on Tuesday', () => {
  let stack: WebStack;
  let tuula: Page;
  let teamName: string;
  let ainosCase: string;
  let meetingPath: string;

  beforeAll(async () => {
    stack = await startWebStack('journey_three', new FixedClock(tuesdayMorning));
    const sari = await fetchToken('sari.virtanen');
    const coordinator = await fetchToken('tuula.niemi');
    const mother = claims(await fetchToken('liisa.aalto'));
    const call = stack.caseCoordination.call.bind(stack.caseCoordination);

    const open = async (name: string, dateOfBirth: string, receivedAt: string, guardians: unknown[]) => {
      const opened = await call('POST', '/cases', sari, {
        origin: 'child-welfare-notification',
        receivedAt,
        language: 'fi',
        child: { name, personalIdentityCode: childIdentityCode(dateOfBirth), dateOfBirth },
        guardians,
        notification: { channel: 'school', notifierName: 'Anna Laine', content: 'Illat sijaisperheessä huolestuttavat koulua.' },
      });
      expect(opened.status).toBe(201);
      return opened.body.id as string;
    };
    // Received on Tuesday the 24th: the decision on an assessment is due in 7 working days, on Thursday 3.12.
    ainosCase = await open('Aino Aalto', '2012-09-14', '2026-11-24T09:15:00+02:00', [
      { name: 'Liisa Aalto', userId: mother.sub },
    ]);
    // Received on Friday the 27th: due on 8.12., after Aino's.
    await open('Eetu Laine', '2015-03-02', '2026-11-27T13:00:00+02:00', []);
    const guardian = await call('POST', `/cases/${ainosCase}/care-team`, sari, {
      userId: mother.sub,
      displayName: mother.name,
      agency: 'family',
      participantKind: 'guardian',
      roleInCase: 'äiti',
      since: '2026-12-01',
    });
    expect(guardian.status).toBe(201);
    const nurse = claims(await fetchToken('pekka.nurmi'));
    const nurseJoined = await call('POST', `/cases/${ainosCase}/care-team`, sari, {
      userId: nurse.sub,
      displayName: nurse.name,
      agency: 'psychiatry',
      participantKind: 'professional',
      roleInCase: 'nuorisopsykiatrian sairaanhoitaja',
      since: '2026-12-01',
    });
    expect(nurseJoined.status).toBe(201);

    teamName = `Itäinen tiimi ${Date.now().toString(36)}`;
    const team = await call('POST', '/teams', coordinator, { name: teamName });
    expect(team.status).toBe(201);
    for (const [username, teamRole] of [
      ['sari.virtanen', 'social-worker'],
      ['elina.koski', 'clinician'],
    ] as const) {
      const member = claims(await fetchToken(username));
      const added = await call('POST', `/teams/${team.body.id}/members`, coordinator, {
        userId: member.sub,
        displayName: member.name,
        teamRole,
      });
      expect(added.status).toBe(201);
    }
    tuula = await newPage(stack);
  }, 120_000);

  afterAll(async () => {
    // The test database outlives the run: this run's task is done, so Sari's home holds only the next run's.
    const sari = await fetchToken('sari.virtanen').catch(() => null);
    if (stack && sari) {
      const tasks = await stack.caseCoordination.call('GET', '/tasks?owner=me', sari).catch(() => null);
      for (const task of (tasks?.body ?? []) as Array<{ taskId: string; caseId: string }>) {
        if (task.caseId === ainosCase)
          await stack.caseCoordination.call('PATCH', `/tasks/${task.taskId}`, sari, { status: 'done' });
      }
    }
    await stack?.close();
  }, 60_000);

  it('lets the coordinator build Tuesday’s agenda from the team’s cases, nearest deadline first, by keyboard', async () => {
    await signIn(tuula, stack, 'tuula.niemi');
    await tuula.getByRole('heading', { level: 1, name: 'Hei, Tuula Niemi' }).waitFor();
    const keyboard = tuula.keyboard;

    await tabTo(tuula, tuula.getByRole('link', { name: 'Tiimit' }));
    await keyboard.press('Enter');
    await tuula.getByRole('heading', { level: 1, name: 'Systeemiset tiimit' }).waitFor();
    expect(await axeViolations(tuula)).toEqual([]);

    await tabTo(tuula, tuula.getByRole('link', { name: `Avaa tiimin sivu: ${teamName}` }), 80);
    await keyboard.press('Enter');
    await tuula.getByRole('heading', { level: 1, name: teamName }).waitFor();
    const deadlines = tuula.getByRole('region', { name: 'Tiimin asioiden määräajat' }).getByRole('listitem');
    await deadlines.first().waitFor();
    expect((await deadlines.allInnerTexts()).slice(0, 2).map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      'Aino Aalto: Päätös palvelutarpeen arvioinnin aloittamisesta viimeistään 3.12.2026 Lähestyy',
      'Eetu Laine: Päätös palvelutarpeen arvioinnin aloittamisesta viimeistään 8.12.2026 Avoin',
    ]);
    expect(await axeViolations(tuula)).toEqual([]);

    await tabTo(tuula, tuula.getByRole('textbox', { name: 'Kokouspäivä' }));
    await keyboard.press('Control+A');
    await keyboard.type('1.12.2026');
    await tabTo(tuula, tuula.getByRole('button', { name: 'Kokoa asialista' }));
    await keyboard.press('Enter');

    await tuula.getByRole('heading', { level: 1, name: `${teamName}: kokous 1.12.2026` }).waitFor();
    meetingPath = new URL(tuula.url()).pathname;
    expect(meetingPath).toMatch(/^\/meetings\/[0-9a-f-]{36}$/);
    const agenda = tuula.getByRole('navigation', { name: 'Asialista' }).getByRole('listitem');
    expect(await agenda.allInnerTexts()).toEqual([
      '1. Aino Aalto\nPäätös palvelutarpeen arvioinnin aloittamisesta viimeistään 3.12.2026',
      '2. Eetu Laine\nPäätös palvelutarpeen arvioinnin aloittamisesta viimeistään 8.12.2026',
    ]);
    await tuula.getByRole('heading', { level: 2, name: 'Aino Aalto' }).waitFor();
    await tuula.setViewportSize({ width: 1920, height: 1080 });
    expect(await axeViolations(tuula)).toEqual([]);
    await screenshot(tuula, 'meeting-agenda');
  }, 180_000);

  it('records two hypotheses, the family therapist’s reflection and a decision that becomes Sari’s task, by keyboard alone', async () => {
    const keyboard = tuula.keyboard;
    const addNote = async (field: string, button: string, text: string, added: string) => {
      const textbox = tuula.getByRole('textbox', { name: field });
      await tabTo(tuula, textbox);
      await keyboard.type(text);
      await tabTo(tuula, tuula.getByRole('button', { name: button }));
      await keyboard.press('Enter');
      await tuula.getByRole('status').filter({ hasText: added }).waitFor();
      await tuula.locator('.meeting-entry__text', { hasText: text }).waitFor();
      // The field is empty again and keeps the focus for the next one.
      expect(await hasFocus(textbox)).toBe(true);
      expect(await textbox.inputValue()).toBe('');
    };
    const hypotheses = tuula.getByRole('region', { name: 'Hypoteesit' });
    await addNote(
      'Uusi hypoteesi',
      'Lisää hypoteesi',
      'Aino jää iltaisin yksin huoneeseensa, koska ikävöi äitiään.',
      'Hypoteesi lisätty.',
    );
    await addNote(
      'Uusi hypoteesi',
      'Lisää hypoteesi',
      'Illat ovat vaikeita, koska sijaisperheen rytmi on muuttunut syksyllä.',
      'Hypoteesi lisätty.',
    );
    expect(await hypotheses.locator('.meeting-entry__by').allInnerTexts()).toEqual([
      'Tuula Niemi, koordinaattori',
      'Tuula Niemi, koordinaattori',
    ]);

    // The reflection is the family therapist's, though the coordinator types it.
    const reflection = 'Kuulen, että koulu ja sijaisperhe näkevät illat eri tavoin; molemmat huolet ovat totta.';
    await tabTo(tuula, tuula.getByRole('textbox', { name: 'Uusi reflektio' }));
    await keyboard.type(reflection);
    const speaker = tuula.locator(`[id="reflections-${ainosCase}-speaker_button"]`);
    await tabTo(tuula, speaker);
    await keyboard.press('ArrowDown');
    for (let presses = 0; presses < 6 && !(await activeOptionIs(tuula, 'Elina Koski, perheterapeutti')); presses += 1)
      await keyboard.press('ArrowDown');
    await keyboard.press('Enter');
    expect(await speaker.innerText()).toContain('Elina Koski, perheterapeutti');
    await tabTo(tuula, tuula.getByRole('button', { name: 'Lisää reflektio' }));
    await keyboard.press('Enter');
    const reflections = tuula.getByRole('region', { name: 'Reflektiot' });
    await reflections.locator('.meeting-entry__text', { hasText: reflection }).waitFor();
    expect(await reflections.locator('.meeting-entry__by').allInnerTexts()).toEqual(['Elina Koski, perheterapeutti']);

    // The decision: its owner is offered as the case's responsible worker; the due date is typed.
    await tabTo(tuula, tuula.getByRole('textbox', { name: 'Päätös' }));
    await keyboard.type(decisionText);
    const owner = tuula.locator(`[id="decision-${ainosCase}-owner_button"]`);
    expect(await owner.innerText()).toContain('Sari Virtanen, sosiaalityöntekijä');
    await tabTo(tuula, tuula.getByRole('textbox', { name: 'Tehtävän määräpäivä' }));
    await keyboard.type('15.12.2026');
    await tabTo(tuula, tuula.getByRole('button', { name: 'Lisää päätös' }));
    await keyboard.press('Enter');
    await tuula.getByRole('status').filter({ hasText: 'Päätös lisätty. Siitä tuli tehtävä henkilölle Sari Virtanen.' }).waitFor();
    const decisions = tuula.getByRole('region', { name: 'Päätökset' });
    expect(await linesOf(decisions.getByRole('listitem'))).toEqual([
      `${decisionText}\nTehtävä: Sari Virtanen, määräpäivä 15.12.2026`,
    ]);
    expect(await axeViolations(tuula)).toEqual([]);
    await screenshot(tuula, 'meeting-mode');

    // The next case comes into focus by its button, and back by the agenda, the focus on the case's name.
    await tabTo(tuula, tuula.getByRole('button', { name: 'Seuraava asia' }));
    await keyboard.press('Enter');
    const eetu = tuula.getByRole('heading', { level: 2, name: 'Eetu Laine' });
    await eetu.waitFor();
    await expectEventually(async () => expect(await hasFocus(eetu)).toBe(true), 5_000);
    const ainoOnAgenda = tuula.getByRole('link', { name: '1. Aino Aalto' });
    await shiftTabTo(tuula, ainoOnAgenda);
    await keyboard.press('Enter');
    const aino = tuula.getByRole('heading', { level: 2, name: 'Aino Aalto' });
    await aino.waitFor();
    await expectEventually(async () => expect(await hasFocus(aino)).toBe(true), 5_000);
    expect(await ainoOnAgenda.getAttribute('aria-current')).toBe('step');
  }, 180_000);

  it('finalises the minutes after asking, and then takes a change only as an amendment shown as one', async () => {
    const keyboard = tuula.keyboard;
    await tabTo(tuula, tuula.getByRole('button', { name: 'Vahvista muistio' }), 80);
    await keyboard.press('Enter');
    const dialog = tuula.getByRole('dialog', { name: 'Vahvistetaanko muistio?' });
    await dialog.waitFor();
    expect(await axeViolations(tuula)).toEqual([]);
    await tabTo(tuula, dialog.getByRole('button', { name: 'Vahvista muistio' }));
    await keyboard.press('Enter');
    const notice = tuula.getByText(
      'Muistio vahvistettiin 1.12.2026 10.00 (Tuula Niemi). Myöhemmät muutokset näkyvät täydennyksinä.',
    );
    await notice.waitFor();
    await tuula.getByText('Muistio vahvistettu', { exact: true }).waitFor();
    expect(await tuula.getByRole('textbox', { name: 'Uusi hypoteesi' }).count()).toBe(0);
    expect(await tuula.getByRole('textbox', { name: 'Päätös' }).count()).toBe(0);

    const amendment = 'Konsultaatioon kutsutaan myös sijaisperheen toinen vanhempi.';
    await tabTo(tuula, tuula.getByRole('textbox', { name: 'Täydennys tämän asian muistioon' }));
    await keyboard.type(amendment);
    await tabTo(tuula, tuula.getByRole('button', { name: 'Lisää täydennys' }));
    await keyboard.press('Enter');
    await tuula.getByRole('status').filter({ hasText: 'Täydennys lisätty.' }).waitFor();
    const amendments = tuula.getByRole('region', { name: 'Täydennykset' }).getByRole('listitem');
    expect(await linesOf(amendments)).toEqual([`Täydennys 1.12.2026 10.00: Tuula Niemi, koordinaattori\n${amendment}`]);
    // The decision stands as it was finalised: the amendment is beside it, not in it.
    expect(await linesOf(tuula.getByRole('region', { name: 'Päätökset' }).getByRole('listitem'))).toEqual([
      `${decisionText}\nTehtävä: Sari Virtanen, määräpäivä 15.12.2026`,
    ]);
    expect(await axeViolations(tuula)).toEqual([]);
    await screenshot(tuula, 'meeting-amended');
  }, 150_000);

  it('speaks Swedish in the meeting room too', async () => {
    await tuula.getByRole('button', { name: /^Kieli: Suomeksi/ }).click();
    await tuula.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
    await tuula.getByRole('heading', { level: 1, name: `${teamName}: möte 1.12.2026` }).waitFor();
    await tuula.getByRole('navigation', { name: 'Föredragningslista' }).waitFor();
    const amendments = tuula.getByRole('region', { name: 'Kompletteringar' }).getByRole('listitem');
    expect(await linesOf(amendments)).toEqual([
      'Komplettering 1.12.2026 10.00: Tuula Niemi, koordinator\nKonsultaatioon kutsutaan myös sijaisperheen toinen vanhempi.',
    ]);
    await tuula.getByText('Elina Koski, familjeterapeut').waitFor();
    expect(await axeViolations(tuula)).toEqual([]);
  }, 90_000);

  it('shows the decision’s task on Sari’s home', async () => {
    const sari = await newPage(stack);
    await signIn(sari, stack, 'sari.virtanen');
    const tasks = sari.getByRole('region', { name: 'Tehtävät' });
    const task = tasks.getByRole('listitem').filter({ hasText: decisionText }).first();
    await task.waitFor();
    expect(await task.innerText()).toContain('Määräpäivä 15.12.2026');
    expect(await task.getByRole('link', { name: 'Näytä asia' }).getAttribute('href')).toBe(`/cases/${ainosCase}`);
    expect(await axeViolations(sari)).toEqual([]);
  }, 120_000);

  it('lists the meeting’s reads of Aino’s information for her mother', async () => {
    const motherToken = await fetchToken('liisa.aalto');
    await expectEventually(async () => {
      const report = await stack.caseCoordination.call('GET', `/cases/${ainosCase}/access-report?limit=200`, motherToken);
      expect(report.status).toBe(200);
      const reads = (report.body.entries as Array<{ actor: { displayName: string }; resource: string }>).map(
        (entry) => `${entry.actor.displayName}: ${entry.resource}`,
      );
      expect(reads).toEqual(expect.arrayContaining(['Tuula Niemi: meeting-minutes', 'Tuula Niemi: deadlines']));
    }, 30_000);

    const liisa = await newPage(stack);
    await signIn(liisa, stack, 'liisa.aalto', `/cases/${ainosCase}/access-report`);
    const report = liisa.getByRole('table', { name: 'Kuka on katsonut tietojamme' });
    const minutesReads = report.getByRole('row').filter({ hasText: 'kokousmuistio' });
    await minutesReads.first().waitFor();
    expect(await minutesReads.first().getByRole('cell').allInnerTexts()).toEqual([
      '1.12.2026 10.00',
      'Tuula Niemi (tiimin koordinaattori, lastensuojelu)',
      'lastensuojelun tiedot: kokousmuistio',
      'työ lapsen asian parissa',
    ]);
    expect(await axeViolations(liisa)).toEqual([]);
  }, 150_000);

  it('lets the youth-psychiatry nurse on Aino’s care team find her case from his home and read it, in Swedish', async () => {
    const pekka = await newPage(stack);
    await signIn(pekka, stack, 'pekka.nurmi');
    await pekka.getByRole('heading', { level: 1, name: 'Hei, Pekka Nurmi' }).waitFor();
    await pekka.getByRole('button', { name: /^Kieli: Suomeksi/ }).click();
    await pekka.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
    await pekka.getByRole('heading', { level: 1, name: 'Hej, Pekka Nurmi' }).waitFor();
    const cases = pekka.getByRole('table', { name: 'Mina ärenden' });
    await cases.getByRole('link', { name: 'Aino Aalto' }).click();
    await pekka.getByRole('heading', { level: 1, name: 'Aino Aalto' }).waitFor();
    expect(new URL(pekka.url()).pathname).toBe(`/cases/${ainosCase}`);
    const main = pekka.locator('main');
    await main.getByText('Pekka Nurmi').first().waitFor();
    expect(await main.innerText()).toContain('Sari Virtanen');
    expect(await axeViolations(pekka)).toEqual([]);
  }, 150_000);

  it('shows a social worker not on the team the not-found page for the meeting', async () => {
    const jukka = await newPage(stack);
    await signIn(jukka, stack, 'jukka.lehto', meetingPath);
    await jukka.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    expect(await jukka.getByText('Aino Aalto').count()).toBe(0);
    expect(await axeViolations(jukka)).toEqual([]);
  }, 150_000);
});

/** Each element's text, its lines one apart whatever the paragraphs' spacing. */
async function linesOf(elements: Locator): Promise<string[]> {
  return (await elements.allInnerTexts()).map((text) => text.replace(/\n+/g, '\n').trim());
}

/** A page of its own, patient with a machine the whole team's tests share. */
async function newPage(stack: WebStack): Promise<Page> {
  const page = await stack.newPage();
  page.setDefaultTimeout(60_000);
  return page;
}

/** Presses Shift+Tab until `target` has the focus: moving back through the page as a keyboard user does. */
async function shiftTabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Shift+Tab');
  }
  throw new Error(`${limit} presses of Shift+Tab never reached ${target}`);
}

async function activeOptionIs(page: Page, name: string): Promise<boolean> {
  const active = await page
    .locator('[role="listbox"][aria-activedescendant]')
    .getAttribute('aria-activedescendant', { timeout: 2_000 });
  return !!active && (await page.locator(`[id="${active}"]`).innerText()).trim() === name;
}
