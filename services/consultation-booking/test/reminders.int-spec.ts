import { FixedClock } from '@yhdessa/platform';
import { expectEventually, fetchToken, openTestDatabase, type Answer, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import type { ConsultationBookingConfig } from '../src/consultation-booking.config.js';
import { ReminderService } from '../src/reminder/reminder.service.js';
import { bookingWorld } from './booking-world.fixture.js';
import { startConsultationBooking } from './consultation-booking.fixture.js';

const database = 'yhdessa_test_booking_reminders';
const booked = new Date('2027-03-22T08:00:00+02:00');
const clock = new FixedClock(booked);
const anonymous = { ageBand: '7-12', school: 'Kallion ala-aste', concernCategory: 'absence', description: 'Poissa koulusta.' };
/** Thursday 25 March 2027 09:00 in Finland. */
const startsAt = new Date('2027-03-25T09:00:00+02:00');
const before = (minutes: number) => new Date(startsAt.getTime() - minutes * 60_000);

describe('reminders before a consultation, for the booker and the experts', () => {
  let service: ServiceFixture<ConsultationBookingConfig>;
  let owner: DataSource;
  const tokens: Record<string, string> = {};
  let nurse = '';
  let bookingId = '';

  beforeAll(async () => {
    // The sweep runs on its timer every second here, on the service's (fixed, moved by hand) clock.
    service = await startConsultationBooking(database, { clock, env: { REMINDER_SWEEP_INTERVAL_MS: '1000' } });
    for (const user of ['markku.salo', 'pekka.nurmi', 'anna.laine', 'ville.heikkinen']) tokens[user] = await fetchToken(user);
    owner = await openTestDatabase({ database, entities: [] });
    const world = bookingWorld(service, tokens['markku.salo']!);
    await world.reset(owner);
    nurse = await world.expert({ token: tokens['pekka.nurmi']! }, 'liaison-nurse', [
      { weekday: 4, starts: '08:00', ends: '16:00' },
    ]);
  }, 90_000);

  afterAll(async () => {
    await owner?.destroy();
    await service?.close();
  });

  const call = (method: string, path: string, user: string, body?: unknown): Promise<Answer> =>
    service.call(method, path, tokens[user], body);
  const rows = async () =>
    (await owner.query(
      'SELECT recipient_user_id, recipient_role, lead FROM consultation_reminder ORDER BY lead, recipient_role',
    )) as Array<{ recipient_user_id: string; recipient_role: string; lead: string }>;
  const sweep = () => service.app.get(ReminderService).sweep(clock.now());

  it('reminds no one while the consultation is more than a day away', async () => {
    clock.set(booked);
    const answer = await call('POST', '/bookings', 'anna.laine', {
      consultationType: 'psychiatry-liaison',
      startsAt: startsAt.toISOString(),
      expertIds: [nurse],
      anonymous,
    });
    expect(answer.status).toBe(201);
    bookingId = answer.body.bookingId as string;
    clock.set(before(24 * 60 + 1));
    expect(await sweep()).toBe(0);
    expect(await rows()).toEqual([]);
    expect((await call('GET', '/reminders/mine', 'anna.laine')).body).toEqual([]);
  });

  it('makes the day-before reminder on its timer once, for the booker and the nurse, and shows it to each of them only', async () => {
    clock.set(before(23 * 60));
    await expectEventually(async () => expect((await rows()).length).toBe(2), 10_000, 200);
    expect(await sweep()).toBe(0); // a second run, or another instance, adds nothing
    const nurseId = (await call('GET', '/experts/me', 'pekka.nurmi')).body.userId as string;
    expect(await rows()).toEqual([
      { recipient_user_id: expect.any(String), recipient_role: 'booker', lead: 'day-before' },
      { recipient_user_id: nurseId, recipient_role: 'expert', lead: 'day-before' },
    ]);

    const teacher = await call('GET', '/reminders/mine', 'anna.laine');
    expect(teacher.status).toBe(200);
    expect(teacher.body).toEqual([
      {
        reminderId: expect.any(String),
        bookingId,
        consultationType: 'psychiatry-liaison',
        startsAt: '2027-03-25T09:00:00+02:00',
        endsAt: '2027-03-25T09:45:00+02:00',
        lead: 'day-before',
        role: 'booker',
      },
    ]);
    expect(JSON.stringify(teacher.body)).not.toContain('Kallion'); // nothing the booker wrote
    expect((await call('GET', '/reminders/mine', 'pekka.nurmi')).body).toMatchObject([{ bookingId, role: 'expert' }]);
    expect((await call('GET', '/reminders/mine', 'ville.heikkinen')).body).toEqual([]);
  });

  it('makes the hour-before reminder in the last hour, which then shows in place of the day-before one', async () => {
    clock.set(before(30));
    await sweep(); // made here or by the timer, whichever comes first: once
    expect((await rows()).map((row) => `${row.lead}/${row.recipient_role}`)).toEqual([
      'day-before/booker',
      'day-before/expert',
      'hour-before/booker',
      'hour-before/expert',
    ]);
    expect(await sweep()).toBe(0);
    expect((await call('GET', '/reminders/mine', 'anna.laine')).body).toMatchObject([{ bookingId, lead: 'hour-before' }]);
  });

  it('shows nothing of a consultation once it is over, or once it is cancelled', async () => {
    clock.set(new Date(startsAt.getTime() + 46 * 60_000));
    expect((await call('GET', '/reminders/mine', 'anna.laine')).body).toEqual([]);
    clock.set(before(30));
    expect((await call('GET', '/reminders/mine', 'pekka.nurmi')).body).toHaveLength(1);
    clock.set(before(24 * 60 + 1)); // cancelled before the start, as the service allows
    expect((await call('POST', `/bookings/${bookingId}/cancel`, 'anna.laine', { reason: 'Asia ratkesi.' })).status).toBe(200);
    clock.set(before(30));
    expect((await call('GET', '/reminders/mine', 'pekka.nurmi')).body).toEqual([]);
    expect(await sweep()).toBe(0);
  });
});
