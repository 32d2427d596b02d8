import { randomBytes } from 'node:crypto';
import { FixedClock } from '@yhdessa/platform';
import { expectEventually, fetchToken, openTestDatabase, type ServiceFixture } from '@yhdessa/testing';
import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import { childIdentityCode } from '../../services/case-coordination/test/child-identity.fixture.js';
import type { ConsultationBookingConfig } from '../../services/consultation-booking/src/consultation-booking.config.js';
import { bookingWorld } from '../../services/consultation-booking/test/booking-world.fixture.js';
import { startConsultationBooking } from '../../services/consultation-booking/test/consultation-booking.fixture.js';
import { axeViolations, journeyOneNoon, screenshot, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';

/**
 * Journey 1's booking in the browser, from the teacher's worry to Mika's case. One clock drives every
 * service and every browser: the school consultation needs 24 hours' lead time, so Ville books on
 * Monday 21 December 2026 at 10.00 for Wednesday the 23rd; then the clock moves on to noon on the 23rd
 * (`journeyOneNoon`), after the consultation, where the expert records the outcome, child protection
 * receives the notification that day and Sari opens Mika's case from intake with the decision due in
 * 7 working days, 7.1.2027 (the holidays count). Moving one clock keeps a single stack, the services'
 * rules as configured (no lead time switched off), and what each browser shows on the services' day.
 * The services' anonymity holds throughout: the name Ville first types is refused and found nowhere.
 * axe finds nothing on any screen.
 */
describe('web: journey 1 — the anonymous consultation booked, its outcome, and Mika’s case opened from intake', () => {
  const monday = new Date('2026-12-21T10:00:00+02:00');
  const clock = new FixedClock(monday);
  const bookingDatabase = 'yhdessa_test_web_journey_one_booking_consultation_booking';
  /** A school of this run's own, so the item in intake is this run's even where other runs' consultations arrive too. */
  const school = `Kallion ala-aste ${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join('')}`;
  const mikasCode = childIdentityCode('2017-05-15');
  let stack: WebStack;
  let booking: ServiceFixture<ConsultationBookingConfig>;
  let owner: DataSource;
  let bookingId: string;
  const experts = { consultant: '', teacher: '' };
  const pages: Page[] = [];

  /** A browser on the services' own day and time: the hold's minutes and "has it started yet" read the browser's clock. */
  const browserAt = async (at: Date) => {
    const page = await stack.newPage();
    await page.clock.setFixedTime(at);
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    stack = await startWebStack('journey_one_booking', clock, [
      {
        service: 'consultation-booking',
        start: async (database, at) => (booking = await startConsultationBooking(database, { clock: at })),
      },
    ]);
    owner = await openTestDatabase({ database: bookingDatabase, entities: [] });
    // The test databases outlive a run, and this stack's intake also hears other tests' consultations:
    // what waits there from before is let go, so the inbox (and its screenshot) is this run's.
    const intakeOwner = await openTestDatabase({ database: 'yhdessa_test_web_journey_one_booking', entities: [] });
    await intakeOwner.query('DELETE FROM consultation_intake WHERE case_id IS NULL');
    await intakeOwner.destroy();
    const world = bookingWorld(booking, await fetchToken('markku.salo'));
    await world.reset(owner);
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '09:00', ends: '12:00' }));
    experts.consultant = await world.expert({ token: await fetchToken('jukka.lehto') }, 'child-protection-consultant', weekdays);
    experts.teacher = await world.expert({ token: await fetchToken('maria.korhonen') }, 'special-needs-teacher', weekdays);
  }, 180_000);

  afterAll(async () => {
    await owner?.destroy();
    await stack?.close();
  });

  it('offers the teacher only joint free times, by day in Helsinki time, from the lead time on', async () => {
    const ville = await browserAt(monday);
    await signIn(ville, stack, 'ville.heikkinen', '/consultations/new');
    await ville.getByRole('heading', { level: 1, name: 'Varaa konsultaatio' }).waitFor();
    expect(await ville.getByRole('radio', { name: /Koulun ja lastensuojelun konsultaatio/ }).isChecked()).toBe(true);
    await ville.getByRole('heading', { name: 'ti 22.12.2026' }).waitFor();
    await ville.getByRole('heading', { name: 'ke 23.12.2026' }).waitFor();
    // 24 hours ahead at the earliest: Tuesday's first time is 10.00, not 9.00.
    const times = ville.locator('.slot-times button');
    expect(await times.first().getAttribute('aria-label')).toBe('ti 22.12.2026 klo 10.00, Jukka Lehto, Maria Korhonen');
    expect(await ville.getByRole('button', { name: 'ke 23.12.2026 klo 9.00' }).count()).toBe(1);
    expect(await ville.getByRole('navigation').getByRole('link', { name: 'Konsultaatiot' }).count()).toBe(1);
    expect(await axeViolations(ville)).toEqual([]);
    await screenshot(ville, 'consultation-times');
    // Two weeks at first; later weeks on request.
    expect(await ville.getByRole('heading', { name: 'ma 4.1.2027' }).count()).toBe(0);
    await ville.getByRole('button', { name: 'Näytä myöhemmät ajat' }).click();
    await ville.getByRole('heading', { name: 'ma 4.1.2027' }).waitFor();
  }, 120_000);

  it('loses a race for a time to another teacher and is offered the next free times the service gave', async () => {
    const ville = pages[0]!;
    // Anna books Wednesday at 9.00 while Ville's list still shows it.
    const taken = await booking.call('POST', '/bookings', await fetchToken('anna.laine'), {
      consultationType: 'school-child-protection',
      startsAt: '2026-12-23T09:00:00+02:00',
      expertIds: [experts.consultant, experts.teacher],
      anonymous: {
        ageBand: '13-17',
        school: 'Vallilan yläaste',
        concernCategory: 'wellbeing',
        description: 'Väsymystä tunneilla.',
      },
    });
    expect({ status: taken.status, body: taken.body }).toMatchObject({ status: 201 });
    await ville.getByRole('button', { name: 'ke 23.12.2026 klo 9.00' }).click();
    await ville.getByRole('heading', { name: 'Aika ehdittiin varata' }).waitFor();
    await ville.getByText('Aika ehdittiin varata. Valitse jokin vapaista ajoista.').waitFor();
    const offered = ville.locator('section[aria-labelledby="lost-race-heading"]');
    // Both experts are busy until 10.00 and the buffer after it: the next joint time is 10.15.
    expect(await offered.locator('.slot-times button').first().getAttribute('aria-label')).toBe(
      'ke 23.12.2026 klo 10.15, Jukka Lehto, Maria Korhonen',
    );
    expect(await axeViolations(ville)).toEqual([]);
    await offered.getByRole('button', { name: 'ke 23.12.2026 klo 10.15' }).click();
    await ville.getByRole('heading', { name: 'Valittu aika' }).waitFor();
    await ville.getByText('ke 23.12.2026 klo 10.15–11.15').waitFor();
    await ville.getByText('Aika on varattu sinulle 10 minuutiksi, klo 10.10 asti.', { exact: false }).waitFor();
  }, 60_000);

  it('refuses the child’s name at the field it was typed in, keeps what was typed when the hold lapses, then books', async () => {
    const ville = pages[0]!;
    await ville.getByText('Älä kirjoita lapsen tai perheen nimeä, henkilötunnusta', { exact: false }).waitFor();
    await ville.locator('#ageBand_button').click();
    await ville.getByRole('option', { name: '7–12 vuotta' }).click();
    await ville.getByRole('textbox', { name: 'Koulu' }).fill(school);
    await ville.locator('#concernCategory_button').click();
    await ville.getByRole('option', { name: 'poissaolot' }).click();
    const description = ville.getByRole('textbox', { name: 'Lyhyt kuvaus huolesta' });
    await description.fill('Mika Mäkelä on ollut poissa koulusta viikkoja.');
    await ville.getByRole('button', { name: 'Vahvista varaus' }).click();
    await ville.getByRole('heading', { name: 'Korjaa nämä kohdat ennen kuin jatkat:' }).waitFor();
    await ville
      .getByText('Tässä on jotain, joka voi tunnistaa lapsen (esimerkiksi nimi tai henkilötunnus). Poista se.')
      .first()
      .waitFor();
    expect(await description.getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(ville)).toEqual([]);
    await screenshot(ville, 'consultation-identifying-refused', [ville.getByRole('textbox', { name: 'Koulu' })]);

    const words = 'Poissa koulusta viikkoja, väsynyt ja huolissaan kotiasioista.';
    await description.fill(words);
    // Ville is called away: the hold lapses before he confirms, on the services' clock and his browser's.
    const lapsed = new Date('2026-12-21T10:11:00+02:00');
    clock.set(lapsed);
    await ville.clock.setFixedTime(lapsed);
    await ville.getByRole('button', { name: 'Vahvista varaus' }).click();
    await ville.getByRole('heading', { name: 'Ajan varaus päättyi' }).waitFor();
    await ville.getByText('Ajan alustava varaus päättyi. Valitse aika uudelleen.').waitFor();
    expect(await axeViolations(ville)).toEqual([]);
    // The lapsed hold no longer blocks the time: he takes it again, and what he typed is still there.
    await ville.getByRole('region', { name: 'Vapaat ajat' }).getByRole('button', { name: 'ke 23.12.2026 klo 10.15' }).click();
    await ville.getByText('Aika on varattu sinulle 10 minuutiksi, klo 10.21 asti.', { exact: false }).waitFor();
    expect(await description.inputValue()).toBe(words);
    expect(await ville.getByRole('textbox', { name: 'Koulu' }).inputValue()).toBe(school);
    await ville.getByRole('button', { name: 'Vahvista varaus' }).click();
    await ville.getByRole('heading', { name: 'Konsultaatio on varattu' }).waitFor();
    await ville.getByText('Koulun ja lastensuojelun konsultaatio, ke 23.12.2026 klo 10.15–11.15.').waitFor();
    expect(await axeViolations(ville)).toEqual([]);
    bookingId = (await ville.getByRole('link', { name: 'Siirry varaukseen' }).getAttribute('href'))!.split('/').pop()!;

    await ville.getByRole('link', { name: 'Omat konsultaatiot' }).click();
    await ville.getByRole('heading', { level: 1, name: 'Omat konsultaatiot' }).waitFor();
    const upcoming = ville.getByRole('region', { name: 'Tulevat' });
    await upcoming.getByRole('link', { name: 'ke 23.12.2026 klo 10.15–11.15' }).waitFor();
    expect(await axeViolations(ville)).toEqual([]);
    await screenshot(ville, 'my-consultations');

    // The booker reads the booking; the outcome is the attending expert's to record, as the service decides.
    await upcoming.getByRole('link', { name: 'ke 23.12.2026 klo 10.15–11.15' }).click();
    await ville.getByRole('heading', { level: 1, name: 'Koulun ja lastensuojelun konsultaatio' }).waitFor();
    await ville.getByText(school).waitFor();
    await ville.getByText('Tuloksen kirjaa konsultaatioon osallistuva asiantuntija konsultaation alettua.').waitFor();
    expect(await axeViolations(ville)).toEqual([]);
    // In Swedish: the law's words, the same Helsinki time.
    await ville.getByRole('button', { name: /^Kieli: Suomeksi/ }).click();
    await ville.getByRole('menuitem', { name: 'På svenska (SV)' }).click();
    await ville.getByRole('heading', { level: 1, name: 'Konsultation mellan skolan och barnskyddet' }).waitFor();
    await ville.getByText('on 23.12.2026 kl. 10.15–11.15').waitFor();
    await ville.getByText('7–12 år').waitFor();
    expect(await axeViolations(ville)).toEqual([]);
  }, 90_000);

  it('on the 23rd, after the consultation, the child protection consultant records that the school will notify', async () => {
    clock.set(journeyOneNoon);
    const jukka = await browserAt(journeyOneNoon);
    await signIn(jukka, stack, 'jukka.lehto', '/consultations');
    const awaiting = jukka.getByRole('region', { name: 'Tulos kirjaamatta' });
    await awaiting.getByRole('link', { name: 'ke 23.12.2026 klo 10.15–11.15' }).click();
    expect(new URL(jukka.url()).pathname).toBe(`/consultations/${bookingId}`);
    await jukka.getByRole('group', { name: 'Mihin konsultaatiossa päädyttiin?' }).waitFor();
    expect(await axeViolations(jukka)).toEqual([]);
    // The design system's label covers its radio input: a person clicks the words.
    await jukka.getByText('Koulu tekee lastensuojeluilmoituksen', { exact: true }).click();
    expect(await jukka.getByRole('radio', { name: /Koulu tekee lastensuojeluilmoituksen/ }).isChecked()).toBe(true);
    await jukka.getByRole('button', { name: 'Kirjaa tulos' }).click();
    await jukka.getByText('Mitä ilmoitus tai lähete koskee: Kerro, mitä ilmoitus tai lähete koskee.').waitFor();
    await jukka
      .getByRole('textbox', { name: 'Mitä ilmoitus tai lähete koskee' })
      .fill('Koulu tekee lastensuojeluilmoituksen: pitkät poissaolot ja huoli kotitilanteesta.');
    expect(await axeViolations(jukka)).toEqual([]);
    await screenshot(jukka, 'consultation-outcome', [jukka.getByText(school)]);
    await jukka.getByRole('button', { name: 'Kirjaa tulos' }).click();
    await jukka.getByText('Tulos kirjattiin 23.12.2026 12.00: Koulu tekee lastensuojeluilmoituksen.').waitFor();
    await jukka.getByText('Ilmoitus tai lähete on lähetetty lastensuojelun saapuneisiin.').waitFor();
    expect(await axeViolations(jukka)).toEqual([]);
  }, 90_000);

  it('Sari opens Mika’s case from intake in one step and sees the decision due in 7 working days, 7.1.2027', async () => {
    // The notification reaches case-coordination over Kafka.
    const sariToken = await fetchToken('sari.virtanen');
    await expectEventually(async () => {
      const waiting: Array<{ bookingId: string }> = (await stack.caseCoordination.call('GET', '/intake', sariToken)).body;
      expect(waiting.map((item) => item.bookingId)).toContain(bookingId);
    }, 60_000);
    const sari = await browserAt(journeyOneNoon);
    await signIn(sari, stack, 'sari.virtanen', '/intake');
    await sari.getByRole('heading', { level: 1, name: 'Saapuneet ilmoitukset ja lähetteet' }).waitFor();
    expect(await sari.getByRole('navigation').getByRole('link', { name: 'Saapuneet' }).getAttribute('aria-current')).toBe('page');
    const item = sari.getByRole('article').filter({ hasText: school });
    await item.getByRole('heading', { name: 'Lastensuojeluilmoitus, vastaanotettu 23.12.2026 12.00' }).waitFor();
    await item.getByText('Ville Heikkinen').waitFor();
    await item.getByText('Koulu tekee lastensuojeluilmoituksen: pitkät poissaolot ja huoli kotitilanteesta.').waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    // The school's name differs each run; other runs' items are covered.
    await screenshot(sari, 'intake', [item.getByText(school), sari.getByRole('article').filter({ hasNotText: school })]);

    await item.getByRole('button', { name: 'Avaa asia: Lastensuojeluilmoitus, vastaanotettu 23.12.2026 12.00' }).click();
    const form = item.getByRole('form');
    await form.getByText('määräajat lasketaan vastaanottopäivästä 23.12.2026 12.00', { exact: false }).waitFor();
    await form.getByRole('textbox', { name: 'Lapsen nimi' }).fill('Mika Mäkelä');
    await form.getByRole('textbox', { name: 'Henkilötunnus' }).fill(mikasCode);
    await form.getByText('Henkilötunnus on oikein. Syntymäaika 15.5.2017.').waitFor();
    await form.getByRole('textbox', { name: 'Huoltaja 1' }).fill('Leena Mäkelä');
    expect(await axeViolations(sari)).toEqual([]);
    await form.getByRole('button', { name: 'Avaa asia', exact: true }).click();

    await sari.getByRole('heading', { level: 1, name: 'Mika Mäkelä' }).waitFor();
    expect(new URL(sari.url()).pathname).toMatch(/^\/cases\/[0-9a-f-]{36}$/);
    const main = sari.locator('main');
    await main.getByText('Päätös palvelutarpeen arvioinnin aloittamisesta viimeistään 7.1.2027').waitFor();
    await main.getByRole('region', { name: 'Lastensuojeluilmoitus' }).getByText('Ville Heikkinen').waitFor();
    // No assessment service runs beside this stack: its section settles on a calm notice instead of spinning.
    const assessments = main.getByRole('region', { name: 'Monitoimijaiset arvioinnit' });
    await assessments.getByText('Palvelu ei juuri nyt vastaa. Yritä hetken kuluttua uudelleen.').waitFor({ timeout: 20_000 });
    expect(await assessments.getByRole('status').count()).toBe(0);
    await assessments.getByRole('button', { name: 'Yritä uudelleen' }).waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'case-from-intake', [
      main.getByRole('region', { name: 'Lastensuojeluilmoitus' }).getByText(school, { exact: false }),
    ]);
  }, 120_000);

  it('keeps no name or identity code of the child in the booking service, its events, or intake’s copy', async () => {
    const found: string[] = [];
    const scan = (where: string, text: string) => {
      if (/Mika|Mäkelä/.test(text)) found.push(`${where}: a name`);
      if (/\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]/.test(text)) found.push(`${where}: an identity code`);
    };
    const tables: Array<{ table_name: string }> = await owner.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    for (const { table_name: table } of tables) {
      for (const row of (await owner.query(`SELECT t::text AS text FROM "${table}" t`)) as Array<{ text: string }>) {
        scan(`consultation-booking ${table}`, row.text);
      }
    }
    const intake: Array<{ text: string }> = await stack.caseCoordination.dataSource.query(
      'SELECT t::text AS text FROM consultation_intake t WHERE booking_id = $1',
      [bookingId],
    );
    expect(intake).toHaveLength(1);
    for (const row of intake) scan('case-coordination consultation_intake', row.text);
    expect(found).toEqual([]);
  }, 30_000);
});
