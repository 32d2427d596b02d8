import { FixedClock } from '@yhdessa/platform';
import { expectEventually, fetchToken, openTestDatabase, type ServiceFixture } from '@yhdessa/testing';
import type { Page } from 'playwright-core';
import type { DataSource } from 'typeorm';
import type { ConsultationBookingConfig } from '../../services/consultation-booking/src/consultation-booking.config.js';
import { bookingWorld } from '../../services/consultation-booking/test/booking-world.fixture.js';
import { startConsultationBooking } from '../../services/consultation-booking/test/consultation-booking.fixture.js';
import { ainosPeople, openAinosCase } from './ainos-case.fixture.js';
import { axeViolations, screenshot, signIn, startWebStack, type WebStack } from './web-stack.fixture.js';

/** Tuesday 1 December 2026, eight in the morning in Helsinki: a day's lead time puts the first free time on Wednesday at 9.00. */
const tuesday = new Date('2026-12-01T08:00:00+02:00');
/** Thursday 3 December at noon: the school's consultation of 10.00 has been held. */
const thursdayNoon = new Date('2026-12-03T12:00:00+02:00');

/**
 * A held time no longer blocks everyone until it lapses: Anna, a class teacher, picks a time and chooses
 * another, leaves for her consultations list, and closes the tab, and each time her hold is let go of at
 * once. Then the school's anonymous consultation, which ended in a child welfare notification, is linked
 * to Aino's case by Sari, the child-protection consultant who took part: on the consultation's page, in
 * the system's dialog that asks for the case and the ground; the guardian's consent is refused (none is
 * recorded), the law's duty to notify is accepted, and the consultation shows on Aino's case with when
 * and on what ground it was linked, and on her timeline. axe finds nothing on any screen.
 */
describe('web: letting go of a held time, and linking an anonymous consultation to the child’s case', () => {
  const clock = new FixedClock(tuesday);
  const bookingDatabase = 'yhdessa_test_web_consultation_naming_consultation_booking';
  let stack: WebStack;
  let booking: ServiceFixture<ConsultationBookingConfig>;
  let owner: DataSource;
  let aino: string;
  let consultationId: string;

  const browserAt = async (at: Date): Promise<Page> => {
    const page = await stack.newPage();
    page.setDefaultTimeout(60_000);
    await page.clock.setFixedTime(at);
    return page;
  };
  /** How many of the run's holds are live and how many were let go of, as the booking service's database has them. */
  const holds = async () => {
    const [counts] = await owner.query(
      `SELECT count(*) FILTER (WHERE status = 'held')::int AS held, count(*) FILTER (WHERE status = 'released')::int AS released
       FROM booking`,
    );
    return counts as { held: number; released: number };
  };

  beforeAll(async () => {
    stack = await startWebStack('consultation_naming', clock, [
      {
        service: 'consultation-booking',
        start: async (database, at) => (booking = await startConsultationBooking(database, { clock: at })),
      },
    ]);
    owner = await openTestDatabase({ database: bookingDatabase, entities: [] });
    const world = bookingWorld(booking, await fetchToken('markku.salo'));
    await world.reset(owner);
    const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts: '09:00', ends: '12:00' }));
    const consultant = await world.expert({ token: await fetchToken('sari.virtanen') }, 'child-protection-consultant', weekdays);
    const teacher = await world.expert({ token: await fetchToken('maria.korhonen') }, 'special-needs-teacher', weekdays);

    aino = await openAinosCase(stack, {
      team: [ainosPeople.teacher],
      receivedAt: '2026-11-24T09:15:00+02:00',
      since: '2026-11-30',
    });
    // The booking service learns the case and its care team from case-coordination's events.
    await expectEventually(async () => {
      const seen = await booking.call('GET', `/cases/${aino}/bookings`, await fetchToken('sari.virtanen'));
      expect(seen.status).toBe(200);
    }, 60_000);

    // Ville's school consultation, anonymous, on Thursday at 10.00 (Anna's holds are on Wednesday at 9.00).
    const booked = await booking.call('POST', '/bookings', await fetchToken('ville.heikkinen'), {
      consultationType: 'school-child-protection',
      startsAt: '2026-12-03T10:00:00+02:00',
      expertIds: [consultant, teacher],
      anonymous: {
        ageBand: '13-17',
        school: 'Vallilan yläaste',
        concernCategory: 'absence',
        description: 'Poissa koulusta viikkoja, väsynyt tunneilla.',
      },
    });
    expect({ status: booked.status, body: booked.body }).toMatchObject({ status: 201 });
    consultationId = booked.body.bookingId;
  }, 240_000);

  afterAll(async () => {
    await owner?.destroy();
    await stack?.close();
  }, 60_000);

  it('lets go of the teacher’s hold when she chooses another time, leaves for another page, or closes the tab', async () => {
    const anna = await browserAt(tuesday);
    await signIn(anna, stack, 'anna.laine', '/consultations/new');
    const nine = anna.getByRole('button', { name: 'ke 2.12.2026 klo 9.00' });
    const hold = async () => {
      await nine.click();
      await anna.getByRole('heading', { name: 'Valittu aika' }).waitFor();
      await anna.getByText('ke 2.12.2026 klo 9.00–10.00').waitFor();
      expect(await holds()).toMatchObject({ held: 1 });
    };

    await hold();
    expect(await axeViolations(anna)).toEqual([]);
    await anna.getByRole('button', { name: 'Valitse toinen aika' }).click();
    await expectEventually(async () => expect(await holds()).toEqual({ held: 0, released: 1 }), 15_000);
    // The time let go of is free again: she takes it at once.
    await hold();

    await anna.getByRole('navigation').getByRole('link', { name: 'Konsultaatiot' }).click();
    await expectEventually(async () => expect(await holds()).toEqual({ held: 0, released: 2 }), 15_000);

    await anna.goto(`${stack.url}/consultations/new`);
    await hold();
    await anna.close({ runBeforeUnload: true });
    await expectEventually(async () => expect(await holds()).toEqual({ held: 0, released: 3 }), 15_000);
  }, 180_000);

  it('lets Sari, who took part, link the consultation that ended in a notification to Aino’s case on the law’s ground', async () => {
    clock.set(thursdayNoon);
    const recorded = await booking.call('POST', `/bookings/${consultationId}/outcome`, await fetchToken('sari.virtanen'), {
      outcome: 'notification',
      summary: 'Poissaoloja viikkoja; koulu tekee lastensuojeluilmoituksen.',
    });
    expect(recorded.status).toBe(200);

    const sari = await browserAt(thursdayNoon);
    await signIn(sari, stack, 'sari.virtanen', `/consultations/${consultationId}`);
    await sari.getByRole('heading', { level: 1, name: 'Koulun ja lastensuojelun konsultaatio' }).waitFor();
    await sari.getByRole('heading', { name: 'Liittäminen lapsen asiaan' }).waitFor();
    await sari.getByText('Nimettömän konsultaation saa liittää lapsen asiaan vain, jos huoltaja', { exact: false }).waitFor();
    expect(await axeViolations(sari)).toEqual([]);

    const opener = sari.getByRole('button', { name: 'Liitä lapsen asiaan' });
    await opener.click();
    const dialog = sari.getByRole('dialog', { name: 'Liitä konsultaatio lapsen asiaan' });
    await dialog.waitFor();
    const confirm = dialog.getByRole('button', { name: 'Liitä asiaan' });
    // Nothing chosen: the dialog says what is missing and asks nothing of the service.
    await confirm.click();
    await dialog.getByText('Valitse lapsen asia.').waitFor();
    await dialog.getByText('Valitse peruste.').waitFor();
    expect(await axeViolations(sari)).toEqual([]);

    await sari.locator('#naming-case_button').click();
    await sari.getByRole('option', { name: 'Aino Aalto, ilmoitus saapui 24.11.2026' }).click();
    // No consent is recorded on Aino's case: the guardian's consent is refused, in the words of linking.
    await dialog.locator('label', { hasText: 'Huoltajan suostumus' }).click();
    await confirm.click();
    await dialog
      .getByText('Huoltaja ei ole antanut suostumusta kaikille konsultaatioon osallistuneille tahoille.', { exact: false })
      .waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'consultation-naming-dialog');

    await dialog.locator('label', { hasText: 'Lakisääteinen lastensuojeluilmoitus tai lähete' }).click();
    await confirm.click();
    await dialog.waitFor({ state: 'hidden' });
    await sari
      .getByText('Konsultaatio liitettiin lapsen asiaan 3.12.2026. Peruste: lakisääteinen lastensuojeluilmoitus.')
      .waitFor();
    await sari.getByText('Konsultaatio asiakkaan asiassa').waitFor();
    expect(await sari.getByRole('button', { name: 'Liitä lapsen asiaan' }).count()).toBe(0);
    expect(await axeViolations(sari)).toEqual([]);

    // The step is recorded as one event of its own, on Aino's case.
    const named = await owner.query(
      "SELECT envelope FROM outbox WHERE event_name = 'ConsultationNamed.v1' AND message_key = $1",
      [aino],
    );
    expect(named.map((row: { envelope: { payload: unknown } }) => row.envelope.payload)).toEqual([
      expect.objectContaining({ bookingId: consultationId, ground: 'notification-required' }),
    ]);

    // On Aino's case: among her consultations, with when and on what ground it was linked; and on her timeline.
    await sari.getByRole('link', { name: 'Lapsen asian konsultaatiot' }).click();
    await sari.getByRole('heading', { level: 1, name: 'Aino Aalto: konsultaatiot' }).waitFor();
    await sari.getByText('Varattu nimettömänä, liitetty asiaan 3.12.2026: lakisääteinen lastensuojeluilmoitus').waitFor();
    expect(await axeViolations(sari)).toEqual([]);
    await screenshot(sari, 'consultation-named-on-case');
    await expectEventually(async () => {
      await sari.goto(`${stack.url}/cases/${aino}`);
      await sari.getByRole('heading', { level: 1, name: 'Aino Aalto' }).waitFor();
      await sari.getByText('Nimetön konsultaatio liitettiin asiaan').first().waitFor({ timeout: 5_000 });
    }, 60_000);
  }, 180_000);
});
