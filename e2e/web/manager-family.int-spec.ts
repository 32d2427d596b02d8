import { randomUUID } from 'node:crypto';
import { claims, fetchToken } from '@yhdessa/testing';
import type { Page } from 'playwright-core';
import { childIdentityCode } from '../../services/case-coordination/test/child-identity.fixture.js';
import { axeViolations, screenshot, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';

/** d.M.yyyy, as the app writes an ISO date for a Finnish reader. */
const finnishDate = (iso: string) => {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}.${month}.${year}`;
};

/**
 * Screens 7 and 8. The service manager sees every team's and responsible worker's caseload against the
 * limit and the overdue deadlines, with no child's name or identity anywhere on the screen; a social
 * worker has no such screen. Aino's mother, a guardian on the care team, lands on the family home and
 * reads Aino's case in plain words — what happens next and by when, who works with them, her consents
 * and how to withdraw one, the link to who has looked at their information — in Finnish and in Swedish.
 * Aino herself, 14, reads her case too, and her mother's consents without acting on them.
 */
describe('web: the service manager’s caseloads and the family’s own view', () => {
  let stack: WebStack;
  let ainosCase: string;
  let ainosDecisionDue: string;
  const teamName = 'Etelän tiimi';
  const children = [
    { name: 'Aino Aalto', dateOfBirth: '2012-09-14', receivedAt: '2026-12-22T09:15:00+02:00', code: '' },
    { name: 'Mika Mäkelä', dateOfBirth: '2017-05-15', receivedAt: '2026-12-01T10:00:00+02:00', code: '' },
  ];

  beforeAll(async () => {
    stack = await startWebStack('manager_family');
    const sari = await fetchToken('sari.virtanen');
    const coordinator = await fetchToken('tuula.niemi');
    const mother = claims(await fetchToken('liisa.aalto'));
    const teacher = claims(await fetchToken('anna.laine'));
    const youngPerson = claims(await fetchToken('aino.aalto'));

    // Sari sits on a systemic team (kept from an earlier run of this file, or made now).
    const teams: Array<{ id: string; name: string }> = (await stack.caseCoordination.call('GET', '/teams', coordinator)).body;
    let teamId = teams.find((team) => team.name === teamName)?.id;
    if (!teamId) {
      const created = await stack.caseCoordination.call('POST', '/teams', coordinator, { name: teamName });
      expect(created.status).toBe(201);
      teamId = created.body.id as string;
      const added = await stack.caseCoordination.call('POST', `/teams/${teamId}/members`, coordinator, {
        userId: claims(sari).sub,
        displayName: 'Sari Virtanen',
        teamRole: 'social-worker',
      });
      expect(added.status).toBe(201);
    }

    // Two children in Sari's caseload: Aino's notification came yesterday, Mika's on 1 December (its first clock has run out).
    const caseIds: string[] = [];
    for (const child of children) {
      child.code = childIdentityCode(child.dateOfBirth);
      const opened = await stack.caseCoordination.call('POST', '/cases', sari, {
        origin: 'child-welfare-notification',
        receivedAt: child.receivedAt,
        language: 'fi',
        child: { name: child.name, personalIdentityCode: child.code, dateOfBirth: child.dateOfBirth },
        guardians: child.name === 'Aino Aalto' ? [{ name: 'Liisa Aalto', userId: mother.sub }] : [],
        notification: { channel: 'school', notifierName: 'Anna Laine', content: `${child.name} on ollut poissa tunneilta.` },
      });
      expect(opened.status).toBe(201);
      caseIds.push(opened.body.id);
    }
    ainosCase = caseIds[0]!;
    for (const [who, agency, participantKind, roleInCase] of [
      [mother, 'family', 'guardian', 'äiti'],
      [teacher, 'school', 'professional', 'luokanopettaja'],
      [youngPerson, 'family', 'child', 'lapsi'],
    ] as const) {
      const added = await stack.caseCoordination.call('POST', `/cases/${ainosCase}/care-team`, sari, {
        userId: who.sub,
        displayName: who.name,
        agency,
        participantKind,
        roleInCase,
        since: '2026-12-23',
      });
      expect(added.status).toBe(201);
    }
    const motherToken = await fetchToken('liisa.aalto');
    const consent = await stack.caseCoordination.call('POST', `/cases/${ainosCase}/consents`, motherToken, {
      informationClass: 'child-protection',
      toAgency: 'school',
      validFrom: '2026-12-23',
      validUntil: '2027-06-30',
    });
    expect(consent.status).toBe(201);
    const deadlines = (await stack.caseCoordination.call('GET', `/cases/${ainosCase}/deadlines`, sari)).body as Array<{
      kind: string;
      dueOn: string;
    }>;
    ainosDecisionDue = finnishDate(deadlines.find((deadline) => deadline.kind === 'assessment-start-decision')!.dueOn);
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
  }, 60_000);

  /** A browser page of its own, patient with a loaded machine (sign-in goes through Keycloak's real pages). */
  const newPage = async (): Promise<Page> => {
    const page = await stack.newPage();
    page.setDefaultTimeout(30_000);
    return page;
  };

  it('shows the service manager each team’s and worker’s caseload against the limit and the overdue deadlines, and no child', async () => {
    const markku = await newPage();
    await signIn(markku, stack, 'markku.salo');
    await markku.getByRole('navigation').getByRole('link', { name: 'Asiakasmäärät' }).click();
    await markku.getByRole('heading', { level: 1, name: 'Asiakasmäärät ja määräajat' }).waitFor();
    expect(new URL(markku.url()).pathname).toBe('/caseloads');
    expect(await markku.title()).toBe('Asiakasmäärät ja määräajat – Yhdessä');

    const workers = markku.getByRole('table', { name: 'Vastaavat sosiaalityöntekijät' });
    const saris = workers.getByRole('row').filter({ hasText: 'Sari Virtanen' });
    await saris.waitFor();
    expect(await saris.getByRole('cell').allInnerTexts()).toEqual([
      'Sari Virtanen',
      teamName,
      '2 / 30',
      'Alle enimmäismäärän',
      '1',
    ]);
    const team = markku.getByRole('table', { name: 'Systeemiset tiimit' }).getByRole('row').filter({ hasText: teamName });
    expect(await team.getByRole('cell').allInnerTexts()).toEqual([teamName, '1', '2', '0', '0', '1']);
    const main = await markku.locator('main').innerText();
    expect(main).toContain('enintään 30 lapsiasiakasta');
    expect(main).toContain('Tilanne 23.12.2026');
    for (const child of children) {
      for (const word of [child.name, ...child.name.split(' '), child.code, finnishDate(child.dateOfBirth)]) {
        expect(main).not.toContain(word);
      }
    }
    expect(await axeViolations(markku)).toEqual([]);
    await screenshot(markku, 'caseloads');
  }, 90_000);

  it('gives a social worker no caseload screen: not in her menu, and the address is the not-found page', async () => {
    const sari = await newPage();
    await signIn(sari, stack, 'sari.virtanen');
    await sari.getByRole('navigation').getByRole('link', { name: 'Etusivu' }).waitFor();
    expect(await sari.getByRole('link', { name: 'Asiakasmäärät' }).count()).toBe(0);
    await sari.goto(`${stack.url}/caseloads`);
    await sari.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }).waitFor();
    expect(await sari.locator('main').innerText()).not.toContain('Sari Virtanen');
    expect(await axeViolations(sari)).toEqual([]);
  }, 90_000);

  describe('the guardian', () => {
    let liisa: Page;

    beforeAll(async () => {
      liisa = await newPage();
    }, 30_000);

    it('lands on the family home: her child’s case and what happens next, no caseload screen', async () => {
      await signIn(liisa, stack, 'liisa.aalto');
      await liisa.getByRole('heading', { level: 1, name: 'Hei, Liisa Aalto' }).waitFor();
      const cases = liisa.getByRole('region', { name: 'Perheenne asiat' });
      await cases
        .getByText(`Seuraavaksi: päätös tilanteen tarkemmasta selvittämisestä viimeistään ${ainosDecisionDue}`)
        .waitFor();
      expect(await cases.innerText()).toContain('Sosiaalityöntekijä: Sari Virtanen');
      expect(await liisa.getByRole('link', { name: 'Asiakasmäärät' }).count()).toBe(0);
      expect(await liisa.getByText('Mika Mäkelä').count()).toBe(0);
      expect(await axeViolations(liisa)).toEqual([]);
      await screenshot(liisa, 'family-home');
    }, 90_000);

    it('reads Aino’s case in plain Finnish: next steps, who works with them, her consent withdrawn by her', async () => {
      await liisa.getByRole('link', { name: 'Katso asia: Aino Aalto' }).click();
      await liisa.getByRole('heading', { level: 1, name: 'Aino Aalto' }).waitFor();
      expect(new URL(liisa.url()).pathname).toBe(`/cases/${ainosCase}`);

      const next = liisa.getByRole('region', { name: 'Mitä tapahtuu seuraavaksi' });
      await next
        .getByText(`Sosiaalityöntekijä päättää viimeistään ${ainosDecisionDue}, selvitetäänkö perheenne tilanne tarkemmin.`, {
          exact: false,
        })
        .waitFor();
      const team = liisa.getByRole('region', { name: 'Ketkä työskentelevät kanssanne' });
      await team.getByText('Sari Virtanen on lapsen asioista vastaava sosiaalityöntekijä.', { exact: false }).waitFor();
      await team.getByText('Anna Laine').waitFor();
      expect(await team.innerText()).toContain('koulu, luokanopettaja');

      const consents = liisa.getByRole('region', { name: 'Suostumukset' });
      await consents.getByText('Koulu saa tietää: lastensuojelun tiedot').waitFor();
      expect(await consents.innerText()).toContain('Voimassa 23.12.2026–30.6.2027');
      expect(await consents.innerText()).toContain('Voimassa nyt');
      await liisa.getByRole('link', { name: 'Kuka on katsonut tietojamme' }).waitFor();

      // Plain language: none of the professional page's fields or words, and nothing of the notification.
      const main = await liisa.locator('main').innerText();
      for (const jargon of [
        'Henkilötunnus',
        'Vireilletulo',
        'Ilmoittaja',
        'lastensuojeluilmoitus',
        'poissa tunneilta',
        children[0]!.code,
      ]) {
        expect(main).not.toContain(jargon);
      }
      expect(await axeViolations(liisa)).toEqual([]);
      await screenshot(liisa, 'family-case');

      await consents.getByRole('button', { name: 'Peruuta suostumus: lastensuojelun tiedot, koulu' }).click();
      await consents.getByText('Peruutettu 23.12.2026').waitFor();
      expect(await consents.getByRole('button', { name: /^Peruuta suostumus/ }).count()).toBe(0);
      const after = (await stack.caseCoordination.call('GET', `/cases/${ainosCase}/consents`, await fetchToken('liisa.aalto')))
        .body;
      expect(after).toHaveLength(1);
      expect(after[0]).toMatchObject({ inForce: false, withdrawn: { by: { name: 'Liisa Aalto', role: 'guardian' } } });
    }, 90_000);

    it('reads it in Swedish once switched', async () => {
      await liisa.getByRole('button', { name: /^Kieli: Suomeksi/ }).click();
      await liisa.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
      const next = liisa.getByRole('region', { name: 'Vad händer härnäst' });
      await next
        .getByText(`Socialarbetaren beslutar senast ${ainosDecisionDue} om er familjs situation ska utredas närmare.`, {
          exact: false,
        })
        .waitFor();
      const team = liisa.getByRole('region', { name: 'Vem arbetar med er' });
      await team
        .getByText('Sari Virtanen är den socialarbetare som ansvarar för barnets angelägenheter.', { exact: false })
        .waitFor();
      expect(await team.innerText()).toContain('skola, luokanopettaja');
      const consents = liisa.getByRole('region', { name: 'Samtycken' });
      await consents.getByText('Skola får veta: barnskyddets uppgifter').waitFor();
      await consents.getByText('Återkallat 23.12.2026').waitFor();
      await liisa.getByRole('link', { name: 'Vem har tittat på våra uppgifter' }).waitFor();
      expect(await axeViolations(liisa)).toEqual([]);
      await screenshot(liisa, 'family-case-sv');
    }, 90_000);

    it('meets the not-found page for a case that is not hers, as for one that does not exist', async () => {
      await liisa.goto(`${stack.url}/cases/${randomUUID()}`);
      await liisa.getByRole('heading', { level: 1, name: 'Sidan hittades inte' }).waitFor();
      expect(await liisa.getByRole('heading', { level: 1 }).count()).toBe(1);
    }, 30_000);
  });

  it('shows Aino, 14, her own case: what happens next, her mother’s consents to read without buttons, no access report yet', async () => {
    const aino = await newPage();
    await signIn(aino, stack, 'aino.aalto');
    await aino.getByRole('heading', { level: 1, name: 'Hei, Aino Aalto' }).waitFor();
    await aino.getByRole('link', { name: 'Katso asia: Aino Aalto' }).click();
    await aino.getByRole('heading', { level: 1, name: 'Aino Aalto' }).waitFor();
    await aino
      .getByRole('region', { name: 'Mitä tapahtuu seuraavaksi' })
      .getByText(`Sosiaalityöntekijä päättää viimeistään ${ainosDecisionDue}`, { exact: false })
      .waitFor();
    const consents = aino.getByRole('region', { name: 'Suostumukset' });
    await consents.getByText('Koulu saa tietää: lastensuojelun tiedot').waitFor();
    await consents.getByText('Suostumuksen antaa tai peruuttaa huoltaja tai 15 vuotta täyttänyt nuori itse.').waitFor();
    expect(await consents.getByRole('button').count()).toBe(0);
    expect(await aino.getByRole('link', { name: 'Kuka on katsonut tietojamme' }).count()).toBe(0);
    expect(await aino.locator('main').innerText()).not.toContain(children[0]!.code);
    expect(await axeViolations(aino)).toEqual([]);
  }, 90_000);
});
