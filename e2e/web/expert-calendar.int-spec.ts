import { FixedClock } from '@yhdessa/platform';
import { fetchToken, openTestDatabase, type ServiceFixture } from '@yhdessa/testing';
import type { Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { helsinkiInstant } from '../../apps/web/src/time/helsinki-time.util.js';
import { addDays, helsinkiDate, mondayOf } from '../../apps/web/src/expert-calendar/week.util.js';
import type { ConsultationBookingConfig } from '../../services/consultation-booking/src/consultation-booking.config.js';
import { ReminderService } from '../../services/consultation-booking/src/reminder/reminder.service.js';
import { bookingWorld } from '../../services/consultation-booking/test/booking-world.fixture.js';
import { startConsultationBooking } from '../../services/consultation-booking/test/consultation-booking.fixture.js';
import { axeViolations, screenshot, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';

const finnish = (iso: string) => iso.split('-').reverse().map(Number).join('.');

/**
 * The expert's calendar in the browser: Maria Korhonen, special-needs teacher, sees next week with a
 * school's anonymous consultation (no child data), a provisional hold and her leave; edits her weekly
 * times, adds and removes an exception, makes her calendar-feed address and a calendar program fetches
 * it through the gateway without a session; the day before, the consultation is on her home page as a
 * reminder. axe finds nothing on any screen.
 */
describe('web: the expert’s week, availability and calendar feed', () => {
  // The browser lives in real time, so the booking service's day is today and the week shown is real.
  const bookingClock = new FixedClock(new Date());
  const nextMonday = addDays(mondayOf(helsinkiDate(new Date())), 7);
  const at = (day: number, hour: number) => helsinkiInstant(addDays(nextMonday, day), { hour, minute: 0 });
  let stack: WebStack;
  let booking: ServiceFixture<ConsultationBookingConfig>;
  let owner: DataSource;
  let maria: Page;
  let mariaExpert = '';
  let bookingId = '';

  beforeAll(async () => {
    stack = await startWebStack('expert_calendar', undefined, [
      {
        service: 'consultation-booking',
        start: async (database) => {
          booking = await startConsultationBooking(database, { clock: bookingClock });
          owner = await openTestDatabase({ database, entities: [] });
          return booking;
        },
      },
    ]);
    const world = bookingWorld(booking, await fetchToken('markku.salo'));
    await world.reset(owner);
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '08:00', ends: '16:00' }));
    const mariaToken = await fetchToken('maria.korhonen');
    mariaExpert = await world.expert({ token: mariaToken }, 'special-needs-teacher', weekdays);
    const consultant = await world.expert({ token: await fetchToken('jukka.lehto') }, 'child-protection-consultant', weekdays);
    const teacher = await fetchToken('ville.heikkinen');
    const booked = await booking.call('POST', '/bookings', teacher, {
      consultationType: 'school-child-protection',
      startsAt: at(1, 10),
      expertIds: [consultant, mariaExpert],
      anonymous: {
        ageBand: '7-12',
        school: 'Kallion ala-aste',
        concernCategory: 'absence',
        description: 'Poissa koulusta kolme viikkoa.',
      },
    });
    if (booked.status !== 201) throw new Error(`not booked: ${JSON.stringify(booked.body)}`);
    bookingId = booked.body.bookingId as string;
    const held = await booking.call('POST', '/holds', teacher, {
      consultationType: 'school-child-protection',
      startsAt: at(3, 13),
      expertIds: [consultant, mariaExpert],
    });
    if (held.status !== 201) throw new Error(`not held: ${JSON.stringify(held.body)}`);
    const leave = await booking.call('POST', `/experts/${mariaExpert}/exceptions`, mariaToken, {
      onDate: addDays(nextMonday, 2),
      starts: '12:00',
      ends: '16:00',
      kind: 'leave',
    });
    if (leave.status !== 201) throw new Error(`no leave: ${JSON.stringify(leave.body)}`);
    maria = await stack.newPage();
  }, 180_000);

  afterAll(async () => {
    await owner?.destroy();
    await stack?.close();
  });

  it('shows next week day by day: the anonymous consultation without child data, the hold and the leave', async () => {
    await signIn(maria, stack, 'maria.korhonen', '/calendar');
    await maria.getByRole('heading', { level: 1, name: 'Kalenteri' }).waitFor();
    await maria.getByRole('navigation', { name: 'Viikon valinta' }).getByRole('button', { name: 'Seuraava viikko' }).click();
    await maria
      .getByRole('heading', {
        level: 2,
        name: new RegExp(`^Viikko \\d+: ${finnish(nextMonday)}–${finnish(addDays(nextMonday, 6))}$`),
      })
      .waitFor();
    expect(new URL(maria.url()).searchParams.get('week')).toBe(nextMonday);

    const tuesday = maria.getByRole('region', { name: `Tiistai ${finnish(addDays(nextMonday, 1))}` });
    await tuesday.getByText('10.00–11.00 Koulun ja lastensuojelun konsultaatio').waitFor();
    await tuesday.getByText('Nimetön').waitFor();
    const open = tuesday.getByRole('link', { name: 'Avaa konsultaatio 10.00–11.00' });
    expect(await open.getAttribute('href')).toBe(`/consultations/${bookingId}`);
    const wednesday = maria.getByRole('region', { name: `Keskiviikko ${finnish(addDays(nextMonday, 2))}` });
    await wednesday.getByText('Poissa 12.00–16.00').waitFor();
    const thursday = maria.getByRole('region', { name: `Torstai ${finnish(addDays(nextMonday, 3))}` });
    await thursday.getByText('Alustava varaus, vahvistamatta', { exact: false }).waitFor();
    await maria
      .getByRole('region', { name: `Sunnuntai ${finnish(addDays(nextMonday, 6))}` })
      .getByText('Ei konsultaatioita.')
      .waitFor();
    // Seven days, each a heading of its own for a screen reader's list of headings.
    expect(await maria.getByRole('heading', { level: 3 }).count()).toBe(7);
    const page = await maria.locator('main').innerText();
    for (const childData of ['Kallion', 'Poissa koulusta', '7-12', 'absence']) expect(page).not.toContain(childData);
    expect(await axeViolations(maria)).toEqual([]);
    await screenshot(maria, 'expert-calendar');

    await maria.getByRole('button', { name: 'Tämä viikko' }).click();
    await maria
      .getByRole('heading', { level: 2, name: new RegExp(`^Viikko \\d+: ${finnish(addDays(nextMonday, -7))}–`) })
      .waitFor();
    await maria.getByRole('button', { name: 'Seuraava viikko' }).click();
    await tuesday.getByText('Nimetön').waitFor();
  }, 90_000);

  it('edits her weekly times, each mistake named beside its field', async () => {
    await maria.getByRole('link', { name: 'Muokkaa saatavuutta' }).click();
    await maria.getByRole('heading', { level: 1, name: 'Saatavuus' }).waitFor();
    const windows = maria.getByRole('region', { name: 'Viikoittaiset ajat' });
    expect(await windows.getByRole('group').count()).toBe(5);
    expect(await axeViolations(maria)).toEqual([]);

    await windows.getByRole('button', { name: 'Lisää aika' }).click();
    const sixth = windows.getByRole('group', { name: 'Aika 6' });
    await sixth.getByRole('textbox', { name: /Alkaa/ }).fill('12.00');
    await sixth.getByRole('textbox', { name: /Päättyy/ }).fill('9');
    await windows.getByRole('button', { name: 'Tallenna viikoittaiset ajat' }).click();
    const summary = windows.locator('.fi-error-summary a');
    await summary.first().waitFor();
    expect(await summary.allInnerTexts()).toEqual([
      'Aika 6, Viikonpäivä: Täytä tämä kohta.',
      'Aika 6, Päättyy: Kirjoita aika muodossa 9.00.',
    ]);
    expect(await sixth.getByRole('textbox', { name: /Päättyy/ }).getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(maria)).toEqual([]);

    await sixth.getByRole('button', { name: /Viikonpäivä/ }).click();
    await maria.getByRole('option', { name: 'Lauantai' }).click();
    await sixth.getByRole('textbox', { name: /Alkaa/ }).fill('9.00');
    await sixth.getByRole('textbox', { name: /Päättyy/ }).fill('12.00');
    await windows.getByRole('button', { name: 'Poista aika 5' }).click();
    await windows.getByRole('button', { name: 'Tallenna viikoittaiset ajat' }).click();
    await windows.getByText('Viikoittaiset ajat tallennettiin.').waitFor();
    const saved = await booking.call('GET', `/experts/${mariaExpert}/availability`, await fetchToken('maria.korhonen'));
    expect(saved.body.windows).toEqual([
      { weekday: 1, starts: '08:00', ends: '16:00' },
      { weekday: 2, starts: '08:00', ends: '16:00' },
      { weekday: 3, starts: '08:00', ends: '16:00' },
      { weekday: 4, starts: '08:00', ends: '16:00' },
      { weekday: 6, starts: '09:00', ends: '12:00' },
    ]);
  }, 90_000);

  it('adds an exception, refused first with the mistake at its field, and removes it', async () => {
    const exceptions = maria.getByRole('region', { name: 'Poikkeukset' });
    const day = addDays(nextMonday, 9);
    await exceptions
      .getByRole('button', { name: /Poikkeus/ })
      .first()
      .click();
    await maria.getByRole('option', { name: 'Lisäaika' }).click();
    await exceptions.getByRole('textbox', { name: /Päivä/ }).fill(finnish(day));
    await exceptions.getByRole('textbox', { name: /Alkaa/ }).fill('17.00');
    await exceptions.getByRole('textbox', { name: /Päättyy/ }).fill('16.00');
    await exceptions.getByRole('button', { name: 'Lisää poikkeus' }).click();
    const summary = exceptions.locator('.fi-error-summary a');
    await summary.first().waitFor();
    expect(await summary.allInnerTexts()).toEqual(['Päättyy: Ajan pitää päättyä alkamisensa jälkeen.']);
    expect(await axeViolations(maria)).toEqual([]);

    await exceptions.getByRole('textbox', { name: /Päättyy/ }).fill('19.00');
    await exceptions.getByRole('button', { name: 'Lisää poikkeus' }).click();
    await exceptions.getByText('Poikkeus lisättiin.').waitFor();
    const line = `Lisäaika ${finnish(day)} 17.00–19.00`;
    await exceptions.getByText(line).waitFor();
    await screenshot(maria, 'expert-availability');
    await exceptions.getByRole('button', { name: `Poista poikkeus ${line}` }).click();
    await exceptions.getByText('Poikkeus poistettiin.').waitFor();
    await exceptions.getByText(line).waitFor({ state: 'detached' });
    const left = await booking.call('GET', `/experts/${mariaExpert}/availability`, await fetchToken('maria.korhonen'));
    expect(left.body.exceptions).toMatchObject([{ kind: 'leave', onDate: addDays(nextMonday, 2) }]);
    expect(await axeViolations(maria)).toEqual([]);
  }, 90_000);

  it('makes her calendar-feed address, shown once, which a calendar program fetches through the gateway without a session', async () => {
    const feed = maria.getByRole('region', { name: 'Kalenterisyöte' });
    await feed.getByRole('button', { name: 'Luo kalenterisyötteen osoite' }).click();
    const address = feed.getByRole('textbox', { name: 'Kalenterisyötteen osoite' });
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${stack.url}/api/consultation-booking/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await feed.getByText('Osoite näytetään vain nyt.', { exact: false }).waitFor();
    expect(await axeViolations(maria)).toEqual([]);
    const calendar = await fetch(url);
    expect(calendar.status).toBe(200);
    expect(calendar.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await calendar.text();
    expect(text).toContain('SUMMARY:Konsultaatio: koulu ja lastensuojelu');
    expect(text).not.toContain('Kallion');

    await feed.getByRole('button', { name: 'Luo uusi osoite' }).click();
    // Polled from here: a string predicate polled inside the page is an eval, which the web app's CSP refuses.
    for (const started = Date.now(); (await address.inputValue()) === url;) {
      if (Date.now() - started > 15_000) throw new Error('the calendar-feed address did not change');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await fetch(url)).status).toBe(404);
  }, 60_000);

  it('reminds her on the home page the day before, with no child data', async () => {
    bookingClock.set(new Date(new Date(at(1, 10)).getTime() - 3 * 3_600_000));
    expect(await booking.app.get(ReminderService).sweep(bookingClock.now())).toBe(3); // the teacher, Maria, the consultant
    await maria.goto(`${stack.url}/`);
    const reminders = maria.getByRole('region', { name: 'Tulevat konsultaatiot' });
    await reminders
      .getByText(`Alle vuorokauden päästä: Koulun ja lastensuojelun konsultaatio ${finnish(addDays(nextMonday, 1))} klo 10.00`)
      .waitFor();
    await reminders.getByText('Olet konsultaatiossa asiantuntijana.').waitFor();
    expect(await reminders.getByRole('link', { name: 'Avaa konsultaatio' }).getAttribute('href')).toBe(
      `/consultations/${bookingId}`,
    );
    expect(await reminders.innerText()).not.toContain('Kallion');
    await maria.getByRole('heading', { level: 2, name: 'Omat asiat' }).waitFor();
    expect(await axeViolations(maria)).toEqual([]);
    await screenshot(maria, 'home-reminders');
  }, 60_000);
});
