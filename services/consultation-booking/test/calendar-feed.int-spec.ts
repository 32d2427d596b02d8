import { FixedClock } from '@yhdessa/platform';
import { fetchToken, openTestDatabase, type Answer, type ServiceFixture } from '@yhdessa/testing';
import ICAL from 'ical.js';
import { DataSource } from 'typeorm';
import type { ConsultationBookingConfig } from '../src/consultation-booking.config.js';
import { bookingWorld } from './booking-world.fixture.js';
import { startConsultationBooking } from './consultation-booking.fixture.js';

// The week Finland moves to summer time: Friday 26 March 2027 is +02:00, Monday 29 March +03:00.
const clock = new FixedClock(new Date('2027-03-22T08:00:00+02:00'));

/** What bookers type: none of it may leave in the feed. */
const anonymous = {
  ageBand: '7-12',
  school: 'Kallion ala-aste',
  concernCategory: 'absence',
  description: 'Poissa koulusta kolme viikkoa.',
};
const topic = 'Iltojen levottomuus sijaisperheessä, Mika Virtanen.';

interface FeedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string;
  status: string;
}

/** The feed as an independent parser (ical.js) reads it. */
function parsed(text: string): FeedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      status: String(component.getFirstPropertyValue('status')),
    };
  });
}

describe("an expert's consultations as a secret iCalendar feed", () => {
  let service: ServiceFixture<ConsultationBookingConfig>;
  let owner: DataSource;
  let world: ReturnType<typeof bookingWorld>;
  const tokens: Record<string, string> = {};
  let nurse = '';

  beforeAll(async () => {
    service = await startConsultationBooking('yhdessa_test_calendar_feed', { clock });
    for (const user of ['markku.salo', 'pekka.nurmi', 'anna.laine', 'sari.virtanen', 'ville.heikkinen']) {
      tokens[user] = await fetchToken(user);
    }
    world = bookingWorld(service, tokens['markku.salo']!);
    owner = await openTestDatabase({ database: 'yhdessa_test_calendar_feed', entities: [] });
    await world.reset(owner);
    nurse = await world.expert({ token: tokens['pekka.nurmi']! }, 'liaison-nurse', [
      { weekday: 1, starts: '09:00', ends: '15:00' },
      { weekday: 5, starts: '09:00', ends: '15:00' },
    ]);
  }, 90_000);

  afterAll(async () => {
    await owner?.destroy();
    await service?.close();
  });

  const call = (method: string, path: string, user: string | undefined, body?: unknown): Promise<Answer> =>
    service.call(method, path, user ? tokens[user] : undefined, body);
  /** The feed fetched as a calendar program does: no bearer token, no session. */
  const feed = (path: string) => fetch(`${service.url}${path}`);

  it('shows booked and cancelled consultations by type and time only, across the change to summer time, and rotates', async () => {
    const friday = await call('POST', '/bookings', 'anna.laine', {
      consultationType: 'psychiatry-liaison',
      startsAt: '2027-03-26T09:00:00+02:00',
      expertIds: [nurse],
      anonymous,
    });
    expect(friday.status).toBe(201);
    const cancelledOne = await call('POST', '/bookings', 'anna.laine', {
      consultationType: 'psychiatry-liaison',
      startsAt: '2027-03-26T11:00:00+02:00',
      expertIds: [nurse],
      anonymous,
    });
    expect(cancelledOne.status).toBe(201);
    expect(
      (await call('POST', `/bookings/${cancelledOne.body.bookingId}/cancel`, 'anna.laine', { reason: 'Asia ratkesi.' })).status,
    ).toBe(200);
    const aino = await world.caseWith(
      [
        { token: tokens['sari.virtanen']!, agency: 'child-protection', roleInCase: 'responsible social worker' },
        { token: tokens['pekka.nurmi']!, agency: 'psychiatry', roleInCase: 'liaison nurse' },
      ],
      clock.now(),
    );
    const monday = await call('POST', `/cases/${aino}/bookings`, 'sari.virtanen', {
      consultationType: 'psychiatry-liaison',
      startsAt: '2027-03-29T09:00:00+03:00',
      expertIds: [nurse],
      topic,
    });
    expect(monday.status).toBe(201);

    // Only the expert or a service manager makes the address.
    const stranger = await call('POST', `/experts/${nurse}/calendar-feed`, 'ville.heikkinen');
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('expert_not_found');
    const made = await call('POST', `/experts/${nurse}/calendar-feed`, 'pekka.nurmi');
    expect(made.status).toBe(201);
    expect(made.body.path).toMatch(/^\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const stored = await owner.query('SELECT encode(token_hash, $1) AS hash FROM calendar_feed', ['escape']);
    expect(JSON.stringify(stored)).not.toContain(made.body.path.slice(10, 53));

    const answer = await feed(made.body.path);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await answer.text();
    const events = parsed(text);
    expect(events).toEqual([
      {
        uid: `${friday.body.bookingId}@consultation-booking.yhdessa`,
        summary: 'Konsultaatio: psykiatrian konsultaatio',
        start: '2027-03-26T07:00:00.000Z', // 09:00 winter time
        end: new Date(friday.body.endsAt).toISOString(),
        status: 'CONFIRMED',
      },
      {
        uid: `${cancelledOne.body.bookingId}@consultation-booking.yhdessa`,
        summary: 'Konsultaatio: psykiatrian konsultaatio',
        start: '2027-03-26T09:00:00.000Z',
        end: new Date(cancelledOne.body.endsAt).toISOString(),
        status: 'CANCELLED',
      },
      {
        uid: `${monday.body.bookingId}@consultation-booking.yhdessa`,
        summary: 'Konsultaatio: psykiatrian konsultaatio',
        start: '2027-03-29T06:00:00.000Z', // 09:00 summer time
        end: new Date(monday.body.endsAt).toISOString(),
        status: 'CONFIRMED',
      },
    ]);
    // Nothing a booker wrote, no case and no child.
    for (const typed of [...Object.values(anonymous), topic, 'Mika', 'Virtanen', 'levottomuus', aino, 'Asia ratkesi']) {
      expect(text).not.toContain(typed);
    }
    expect(text).not.toMatch(/DESCRIPTION|LOCATION|ATTENDEE|ORGANIZER/);

    // The manager rotates it: the old address is gone at once, the new one answers.
    const rotated = await call('POST', `/experts/${nurse}/calendar-feed`, 'markku.salo');
    expect(rotated.status).toBe(201);
    expect(rotated.body.path).not.toBe(made.body.path);
    const old = await feed(made.body.path);
    expect(old.status).toBe(404);
    expect(((await old.json()) as { code: string }).code).toBe('calendar_feed_not_found');
    const fresh = await feed(rotated.body.path);
    expect(fresh.status).toBe(200);
    expect(parsed(await fresh.text())).toHaveLength(3);
  });

  it.each([
    ['an unknown token', `/calendar/${'A'.repeat(43)}.ics`],
    ['a malformed name', '/calendar/not-a-token.ics'],
    ['the token without .ics', `/calendar/${'B'.repeat(43)}`],
  ])('answers 404 calendar_feed_not_found for %s', async (_case, path) => {
    const answer = await feed(path);
    expect(answer.status).toBe(404);
    expect(((await answer.json()) as { code: string }).code).toBe('calendar_feed_not_found');
  });
});
