import { FixedClock } from '@yhdessa/platform';
import { claims, expectEventually, fetchToken, openTestDatabase, type ServiceFixture } from '@yhdessa/testing';
import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { childIdentityCode } from '../../services/case-coordination/test/child-identity.fixture.js';
import type { ConsultationBookingConfig } from '../../services/consultation-booking/src/consultation-booking.config.js';
import { bookingWorld } from '../../services/consultation-booking/test/booking-world.fixture.js';
import { startConsultationBooking } from '../../services/consultation-booking/test/consultation-booking.fixture.js';
import { axeViolations, screenshot, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';

/** Tuesday 1 December 2026, half past ten in Helsinki: after the team's meeting, Sari books the liaison. */
const tuesday = new Date('2026-12-01T10:30:00+02:00');
/** Thursday 3 December, two in the afternoon: the consultation of 13.00 has been held. */
const thursday = new Date('2026-12-03T14:00:00+02:00');
const topic = 'Aino jää iltaisin yksin huoneeseensa; sijaisperhe toivoo keinoja iltoihin.';
const nursesWords = 'Iltarutiini ja rauhoittumiskeinot sijaisvanhemmille; nuorisopsykiatrian arviota ei tarvita nyt.';

/**
 * Journey 3's psychiatry liaison in the browser. The team's decision was Sari's task: she books the
 * youth-psychiatry nurse Pekka, who is on Aino's care team, from Aino's case — his free times by day on
 * Helsinki's clock, the time held while she says what it is about, then confirmed. The consultation
 * shows on Aino's timeline for the care team: the class teacher Anna sees its kind, time and state but
 * neither what it is about nor, once Pekka has recorded the outcome, what he said — health details are
 * for those who see health information (Sari, Pekka). axe finds nothing on any screen. One clock drives
 * the services and each browser is set to it.
 */
describe('web: journey 3 — the psychiatry liaison booked from Aino’s case, on her timeline', () => {
  const clock = new FixedClock(tuesday);
  let stack: WebStack;
  let booking: ServiceFixture<ConsultationBookingConfig>;
  let owner: DataSource;
  let aino: string;
  let sariToken: string;

  /** Each person's signed-in browser, kept between the steps: fewer sign-ins through Keycloak on a shared machine. */
  const signedIn = new Map<string, Page>();
  const browserAt = async (at: Date): Promise<Page> => {
    const page = await stack.newPage();
    page.setDefaultTimeout(60_000);
    await page.clock.setFixedTime(at);
    return page;
  };

  beforeAll(async () => {
    stack = await startWebStack('journey_three_liaison', clock, [
      {
        service: 'consultation-booking',
        start: async (database, at) => (booking = await startConsultationBooking(database, { clock: at })),
      },
    ]);
    owner = await openTestDatabase({ database: 'yhdessa_test_web_journey_three_liaison_consultation_booking', entities: [] });
    const world = bookingWorld(booking, await fetchToken('markku.salo'));
    await world.reset(owner);
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '09:00', ends: '15:00' }));
    await world.expert({ token: await fetchToken('pekka.nurmi') }, 'liaison-nurse', weekdays);
    await world.expert({ token: await fetchToken('hanna.makinen') }, 'liaison-clinician', weekdays);

    sariToken = await fetchToken('sari.virtanen');
    const call = stack.caseCoordination.call.bind(stack.caseCoordination);
    const opened = await call('POST', '/cases', sariToken, {
      origin: 'child-welfare-notification',
      receivedAt: '2026-11-24T09:15:00+02:00',
      language: 'fi',
      child: { name: 'Aino Aalto', personalIdentityCode: childIdentityCode('2012-09-14'), dateOfBirth: '2012-09-14' },
      guardians: [],
      notification: { channel: 'school', notifierName: 'Anna Laine', content: 'Illat sijaisperheessä huolestuttavat koulua.' },
    });
    expect(opened.status).toBe(201);
    aino = opened.body.id;
    for (const [username, agency, roleInCase] of [
      ['pekka.nurmi', 'psychiatry', 'nuorisopsykiatrian sairaanhoitaja'],
      ['anna.laine', 'school', 'luokanopettaja'],
    ] as const) {
      const member = claims(await fetchToken(username));
      const joined = await call('POST', `/cases/${aino}/care-team`, sariToken, {
        userId: member.sub,
        displayName: member.name,
        agency,
        participantKind: 'professional',
        roleInCase,
        since: '2026-12-01',
      });
      expect(joined.status).toBe(201);
    }
    // The booking service learns the care team from case-coordination's events.
    await expectEventually(async () => {
      const seen = await booking.call('GET', `/cases/${aino}/bookings`, await fetchToken('anna.laine'));
      expect(seen.status).toBe(200);
    }, 60_000);
  }, 240_000);

  afterAll(async () => {
    await owner?.destroy();
    await stack?.close();
  }, 60_000);

  it('lets Sari book the liaison nurse on Aino’s care team from her case, at one of his free times in Helsinki time', async () => {
    const sari = await browserAt(tuesday);
    await signIn(sari, stack, 'sari.virtanen', `/cases/${aino}`);
    signedIn.set('sari.virtanen', sari);
    await sari.getByRole('heading', { level: 1, name: 'Aino Aalto' }).waitFor();
    await sari.getByRole('link', { name: 'Asian konsultaatiot' }).click();
    await sari.getByRole('heading', { level: 1, name: 'Aino Aalto: konsultaatiot' }).waitFor();
    await sari.getByText('Asiassa ei ole konsultaatioita.').waitFor();
    expect(await axeViolations(sari)).toEqual([]);

    await sari.getByRole('link', { name: 'Varaa psykiatrian konsultaatio' }).click();
    await sari.getByRole('heading', { level: 1, name: 'Psykiatrian konsultaation varaus' }).waitFor();
    const pekka = sari.getByRole('radio', { name: 'Pekka Nurmi, psykiatrinen sairaanhoitaja (hoitotiimissä)' });
    await pekka.waitFor();
    expect(await pekka.isChecked()).toBe(true);
    expect(await sari.getByRole('radio', { name: /^Hanna M.*, psykiatrian erikoislääkäri$/ }).count()).toBe(1);
    // A day's lead time: Tuesday has no times left, Wednesday's start at 10.30.
    const firstDay = sari.getByRole('radio', { name: /^ke 2\.12\.2026 · vapaita aikoja \d+$/ });
    await firstDay.waitFor();
    expect(await firstDay.isChecked()).toBe(true);
    expect(await sari.getByRole('radio', { name: /^ti 1\.12\.2026/ }).count()).toBe(0);
    expect((await sari.getByRole('group', { name: 'Aika' }).getByRole('radio').first().getAttribute('value'))!).toBe(
      '2026-12-02T10:30:00+02:00',
    );
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'liaison-times');

    // The design system's label takes the click, as a person's does.
    await sari.locator('label', { hasText: /^to 3\.12\.2026/ }).click();
    await sari.locator('label', { hasText: /^13\.00–13\.45$/ }).click();
    expect(await sari.getByRole('radio', { name: '13.00–13.45' }).isChecked()).toBe(true);
    await sari.getByRole('button', { name: 'Pidä aika' }).click();
    await sari.getByRole('heading', { name: 'Valittu aika' }).waitFor();
    await sari
      .getByText(
        'Aika 3.12.2026 klo 13.00–13.45 on pidetty sinulle klo 10.40 asti. Kerro, mitä konsultaatio koskee, ja vahvista varaus.',
      )
      .waitFor();
    await sari
      .getByText('Näkyy asiantuntijalle ja niille hoitotiimin jäsenille, jotka saavat nähdä terveystiedot.', { exact: false })
      .waitFor();
    expect(await axeViolations(sari)).toEqual([]);

    // Nothing said about what it is about: the field says so, and nothing is booked.
    await sari.getByRole('button', { name: 'Vahvista varaus' }).click();
    await sari.getByRole('heading', { name: 'Korjaa nämä tiedot' }).waitFor();
    expect(await sari.getByRole('textbox', { name: 'Mitä konsultaatio koskee' }).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(sari)).toEqual([]);
    await sari.getByRole('textbox', { name: 'Mitä konsultaatio koskee' }).fill(topic);
    await screenshot(sari, 'liaison-held');
    await sari.getByRole('button', { name: 'Vahvista varaus' }).click();

    await sari.getByRole('heading', { level: 1, name: 'Aino Aalto: konsultaatiot' }).waitFor();
    await sari.getByRole('status').filter({ hasText: 'Konsultaatio varattu: 3.12.2026 klo 13.00–13.45.' }).waitFor();
    const listed = sari.locator('.case-consultations > li');
    await listed.first().waitFor();
    expect(await listed.count()).toBe(1);
    const text = await listed.first().innerText();
    expect(text).toContain('psykiatrian konsultaatio: varattu');
    expect(text).toContain('Asiantuntija: Pekka Nurmi');
    expect(text).toContain(`Aihe: ${topic}`);
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'liaison-booked');
  }, 240_000);

  it('puts the consultation on Aino’s timeline for the care team, its topic only for those who see health information', async () => {
    await expectEventually(async () => {
      const timeline = await stack.caseCoordination.call('GET', `/cases/${aino}/timeline`, sariToken);
      expect(timeline.body.map((entry: { event: string }) => entry.event)).toContain('ConsultationBooked.v1');
    }, 60_000);
    const sari = signedIn.get('sari.virtanen')!;
    await sari.goto(`${stack.url}/cases/${aino}`);
    const booked = sari
      .getByRole('region', { name: 'Tapahtumat' })
      .getByRole('listitem')
      .filter({ hasText: 'Konsultaatio varattiin' });
    await booked.waitFor();
    expect(await booked.innerText()).toContain('psykiatrian konsultaatio · 3.12.2026 13.00');

    const anna = await browserAt(tuesday);
    await signIn(anna, stack, 'anna.laine', `/cases/${aino}`);
    signedIn.set('anna.laine', anna);
    await anna.getByRole('heading', { level: 1, name: 'Aino Aalto' }).waitFor();
    const annas = anna
      .getByRole('region', { name: 'Tapahtumat' })
      .getByRole('listitem')
      .filter({ hasText: 'Konsultaatio varattiin' });
    await annas.waitFor();
    expect(await annas.innerText()).toContain('psykiatrian konsultaatio · 3.12.2026 13.00');
    expect(await anna.locator('main').innerText()).not.toContain('huoneeseensa');
    expect(await axeViolations(anna)).toEqual([]);

    await anna.getByRole('link', { name: 'Asian konsultaatiot' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Aino Aalto: konsultaatiot' }).waitFor();
    const listed = anna.locator('.case-consultations > li').first();
    await listed.waitFor();
    const text = await listed.innerText();
    expect(text).toContain('psykiatrian konsultaatio: varattu');
    expect(text).toContain('3.12.2026 klo 13.00–13.45');
    expect(text).toContain('Aihe ja asiantuntijan kirjaus näkyvät vain niille, jotka saavat nähdä terveystiedot.');
    expect(text).not.toContain('huoneeseensa');
    expect(await axeViolations(anna)).toEqual([]);
  }, 180_000);

  it('shows the outcome the nurse recorded on the timeline, what he said to Sari and Pekka but not to the teacher', async () => {
    clock.set(thursday);
    const pekkaToken = await fetchToken('pekka.nurmi');
    const mine = await booking.call('GET', '/bookings/mine', pekkaToken);
    const bookingId = (mine.body as Array<{ bookingId: string; caseId: string }>).find((one) => one.caseId === aino)!.bookingId;
    const concluded = await booking.call('POST', `/bookings/${bookingId}/outcome`, pekkaToken, {
      outcome: 'advice',
      summary: nursesWords,
    });
    expect(concluded.status).toBe(200);
    await expectEventually(async () => {
      const timeline = await stack.caseCoordination.call('GET', `/cases/${aino}/timeline`, sariToken);
      expect(timeline.body.map((entry: { event: string }) => entry.event)).toContain('ConsultationConcluded.v1');
    }, 60_000);

    const anna = signedIn.get('anna.laine')!;
    await anna.clock.setFixedTime(thursday);
    await anna.goto(`${stack.url}/cases/${aino}`);
    const outcome = anna
      .getByRole('region', { name: 'Tapahtumat' })
      .getByRole('listitem')
      .filter({ hasText: 'Konsultaation tulos kirjattiin' });
    await outcome.waitFor();
    expect(await outcome.innerText()).toContain('psykiatrian konsultaatio · Tulos: neuvonta');
    expect(await axeViolations(anna)).toEqual([]);
    await anna.goto(`${stack.url}/cases/${aino}/consultations`);
    const annas = anna.locator('.case-consultations > li').first();
    await annas.getByText('Tulos: neuvonta').waitFor();
    expect(await annas.innerText()).not.toContain('Iltarutiini');
    expect(await annas.innerText()).toContain(
      'Aihe ja asiantuntijan kirjaus näkyvät vain niille, jotka saavat nähdä terveystiedot.',
    );
    expect(await axeViolations(anna)).toEqual([]);
    await screenshot(anna, 'liaison-teacher-view');

    for (const username of ['sari.virtanen', 'pekka.nurmi']) {
      const kept = signedIn.get(username);
      const reader = kept ?? (await browserAt(thursday));
      if (kept) {
        await kept.clock.setFixedTime(thursday);
        await kept.goto(`${stack.url}/cases/${aino}/consultations`);
      } else await signIn(reader, stack, username, `/cases/${aino}/consultations`);
      const listed = reader.locator('.case-consultations > li').first();
      await listed.getByText(`Asiantuntijan kirjaus: ${nursesWords}`).waitFor();
      expect(await listed.innerText()).toContain('psykiatrian konsultaatio: pidetty');
      expect(await axeViolations(reader)).toEqual([]);
    }
  }, 240_000);
});
