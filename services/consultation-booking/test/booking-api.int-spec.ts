import { AuditLog } from '@yhdessa/audit';
import { FixedClock } from '@yhdessa/platform';
import { claims, fetchToken, openTestDatabase, type Answer, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import type { ConsultationBookingConfig } from '../src/consultation-booking.config.js';
import { bookingWorld } from './booking-world.fixture.js';
import { startConsultationBooking } from './consultation-booking.fixture.js';

// The service lives on Tuesday 1 December 2026 at 08:00 in Helsinki; the consultations are on the
// Mondays and Tuesdays after (winter time, +02:00).
const clock = new FixedClock(new Date('2026-12-01T08:00:00+02:00'));
const weekdays = (starts: string, ends: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts, ends }));

/** What a booker types that would identify the child: refused everywhere, found nowhere afterwards. */
const childName = 'Mika Virtanen';
const identityCode = '010317A123U';

describe('consultation booking over HTTP with real tokens', () => {
  let service: ServiceFixture<ConsultationBookingConfig>;
  let dataSource: DataSource;
  /** The tables' owner: the service's own role may not empty them. */
  let owner: DataSource;
  let world: ReturnType<typeof bookingWorld>;
  const tokens: Record<string, string> = {};
  const experts: Record<'consultant' | 'teacher' | 'nurse', string> = { consultant: '', teacher: '', nurse: '' };

  beforeAll(async () => {
    service = await startConsultationBooking('yhdessa_test_booking_api', { clock });
    dataSource = service.app.get(DataSource);
    for (const user of [
      'markku.salo',
      'jukka.lehto',
      'maria.korhonen',
      'pekka.nurmi',
      'anna.laine',
      'ville.heikkinen',
      'sari.virtanen',
    ]) {
      tokens[user] = await fetchToken(user);
    }
    world = bookingWorld(service, tokens['markku.salo']!);
    owner = await openTestDatabase({ database: 'yhdessa_test_booking_api', entities: [] });
    await world.reset(owner);
    experts.consultant = await world.expert({ token: tokens['jukka.lehto']! }, 'child-protection-consultant', [
      { weekday: 1, starts: '09:00', ends: '12:00' },
    ]);
    experts.teacher = await world.expert({ token: tokens['maria.korhonen']! }, 'special-needs-teacher', [
      { weekday: 1, starts: '10:00', ends: '13:00' },
    ]);
    experts.nurse = await world.expert({ token: tokens['pekka.nurmi']! }, 'liaison-nurse', weekdays('09:00', '15:00'));
  }, 90_000);

  afterAll(async () => {
    await owner?.destroy();
    await service?.close();
  });

  beforeEach(() => clock.set(new Date('2026-12-01T08:00:00+02:00')));

  const call = (method: string, path: string, user: string, body?: unknown): Promise<Answer> =>
    service.call(method, path, tokens[user], body);
  const slots = async (type: string, day: string) => {
    const found = await call('GET', `/slots?consultationType=${type}&from=${day}&to=${day}`, 'anna.laine');
    expect(found.status).toBe(200);
    return found.body as Array<{ startsAt: string; experts: Array<{ expertId: string }> }>;
  };
  const bookingRows = async () => (await dataSource.query('SELECT count(*)::int AS n FROM booking'))[0].n as number;
  const anonymous = {
    ageBand: '7-12',
    school: 'Kallion ala-aste',
    concernCategory: 'absence',
    description: 'Poissa koulusta kolme viikkoa.',
  };
  const school = (startsAt: string) => ({
    consultationType: 'school-child-protection',
    startsAt,
    expertIds: [experts.consultant, experts.teacher],
  });
  const liaison = (startsAt: string) => ({ consultationType: 'psychiatry-liaison', startsAt, expertIds: [experts.nurse] });

  it('offers the school only the times when both experts are free, in Finnish time', async () => {
    const offered = await slots('school-child-protection', '2026-12-14');
    expect(offered.map((slot) => slot.startsAt)).toEqual([
      '2026-12-14T10:00:00+02:00',
      '2026-12-14T10:15:00+02:00',
      '2026-12-14T10:30:00+02:00',
      '2026-12-14T10:45:00+02:00',
      '2026-12-14T11:00:00+02:00',
    ]);
    expect(offered[0]!.experts.map((expert) => expert.expertId)).toEqual([experts.consultant, experts.teacher]);
  });

  it('holds a slot while the teacher fills in the form, then books it anonymously; the event carries no child data', async () => {
    const held = await call('POST', '/holds', 'anna.laine', school('2026-12-14T10:00:00+02:00'));
    expect(held.status).toBe(201);
    expect(held.body.booking).toMatchObject({ status: 'held', caseId: null, anonymous: null });
    // The hold is busy for everyone: no time is left on Monday the 14th, and another teacher loses the race.
    expect(await slots('school-child-protection', '2026-12-14')).toEqual([]);
    const lost = await call('POST', '/holds', 'ville.heikkinen', school('2026-12-14T10:30:00+02:00'));
    expect(lost.status).toBe(409);
    expect(lost.body.code).toBe('slot_taken');
    expect(lost.body.nextFree[0].startsAt).toBe('2026-12-21T10:00:00+02:00');

    const booked = await call('POST', '/bookings', 'anna.laine', {
      ...school('2026-12-14T10:00:00+02:00'),
      holdId: held.body.holdId,
      anonymous,
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ bookingId: held.body.holdId, status: 'confirmed', caseId: null, anonymous });
    const [event] = await dataSource.query(
      "SELECT envelope FROM outbox WHERE event_name = 'ConsultationBooked.v1' AND message_key = $1",
      [held.body.holdId],
    );
    expect(event.envelope.payload).toMatchObject({
      bookingId: held.body.holdId,
      anonymous: true,
      consultationType: 'school-child-protection',
    });
    expect(JSON.stringify(event.envelope)).not.toMatch(/Kallion|Poissa|7-12/);
  });

  it.each([
    ['a past time', '2026-11-30T10:00:00+02:00', 422, 'slot_in_past'],
    ['a time inside the lead time', '2026-12-01T12:00:00+02:00', 422, 'inside_lead_time'],
    ['a time beyond the horizon', '2027-02-01T10:00:00+02:00', 422, 'beyond_horizon'],
    ['a time outside availability', '2026-12-15T16:00:00+02:00', 422, 'outside_availability'],
    ['a malformed time', '2026-12-15 10:00', 400, 'validation_failed'],
    ['a time without its offset', '2026-12-15T10:00:00', 400, 'validation_failed'],
    ['a time in another time zone', '2026-12-15T10:00:00+05:00', 400, 'validation_failed'],
    ['winter time given summer’s offset', '2026-12-15T10:00:00+03:00', 400, 'validation_failed'],
    ['the spring-forward night’s 03:30, which does not exist', '2027-03-28T03:30:00+02:00', 400, 'validation_failed'],
  ])('refuses %s with its own code, writing nothing', async (_, startsAt, status, code) => {
    const before = await bookingRows();
    const refused = await call('POST', '/bookings', 'anna.laine', { ...liaison(startsAt), anonymous });
    expect(refused.status).toBe(status);
    expect(refused.body.code).toBe(code);
    expect(await bookingRows()).toBe(before);
  });

  it("refuses a sixth consultation on the nurse's day: the daily maximum", async () => {
    await call('POST', `/experts/${experts.nurse}/exceptions`, 'pekka.nurmi', {
      onDate: '2026-12-15',
      starts: '15:00',
      ends: '18:00',
      kind: 'extra',
    });
    for (const time of ['09:00', '10:15', '11:30', '12:45', '14:00']) {
      const booked = await call('POST', '/bookings', 'anna.laine', { ...liaison(`2026-12-15T${time}:00+02:00`), anonymous });
      expect(booked.status).toBe(201);
    }
    const sixth = await call('POST', '/bookings', 'anna.laine', { ...liaison('2026-12-15T15:30:00+02:00'), anonymous });
    expect(sixth.status).toBe(409);
    expect(sixth.body.code).toBe('daily_maximum_reached');
  });

  it('refuses an anonymous booking whose words name the child, and keeps none of them', async () => {
    const before = await bookingRows();
    for (const description of [`${childName} on ollut poissa.`, `Oppilaan hetu ${identityCode}`]) {
      const refused = await call('POST', '/bookings', 'anna.laine', {
        ...liaison('2026-12-16T09:00:00+02:00'),
        anonymous: { ...anonymous, description },
      });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('identifying_detail_refused');
    }
    expect(await bookingRows()).toBe(before);
  });

  it('lets a lapsed hold go: the time is booked by another, and the first booker is told the hold expired', async () => {
    const held = await call('POST', '/holds', 'ville.heikkinen', liaison('2026-12-17T09:00:00+02:00'));
    expect(held.status).toBe(201);
    clock.set(new Date('2026-12-01T08:11:00+02:00')); // the hold lasts 10 minutes
    const other = await call('POST', '/bookings', 'anna.laine', { ...liaison('2026-12-17T09:00:00+02:00'), anonymous });
    expect(other.status).toBe(201);
    const late = await call('POST', '/bookings', 'ville.heikkinen', {
      ...liaison('2026-12-17T09:00:00+02:00'),
      holdId: held.body.holdId,
      anonymous,
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('hold_expired');
  });

  it('cancels and moves a booking with a reason, each change an event that frees or takes the time', async () => {
    const booked = await call('POST', '/bookings', 'anna.laine', { ...liaison('2026-12-18T09:00:00+02:00'), anonymous });
    expect(booked.status).toBe(201);
    const id = booked.body.bookingId as string;
    const stranger = await call('POST', `/bookings/${id}/cancel`, 'ville.heikkinen', { reason: 'not mine' });
    expect(stranger.status).toBe(404);
    expect(stranger.body.code).toBe('booking_not_found');

    const moved = await call('POST', `/bookings/${id}/reschedule`, 'pekka.nurmi', {
      startsAt: '2026-12-18T11:00:00+02:00',
      reason: 'sairasloma',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.startsAt).toBe('2026-12-18T11:00:00+02:00');
    const liaisonSlots = (await slots('psychiatry-liaison', '2026-12-18')).map((slot) => slot.startsAt);
    expect(liaisonSlots).toContain('2026-12-18T09:00:00+02:00');
    expect(liaisonSlots).not.toContain('2026-12-18T11:00:00+02:00');
    const blocker = await call('POST', '/bookings', 'ville.heikkinen', { ...liaison('2026-12-18T09:00:00+02:00'), anonymous });
    expect(blocker.status).toBe(201);
    const onto = await call('POST', `/bookings/${id}/reschedule`, 'anna.laine', {
      startsAt: '2026-12-18T09:30:00+02:00',
      reason: 'x',
    });
    expect(onto.status).toBe(409);
    expect(onto.body.code).toBe('slot_taken');

    const cancelled = await call('POST', `/bookings/${id}/cancel`, 'anna.laine', { reason: 'Asia ratkesi.' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await slots('psychiatry-liaison', '2026-12-18')).map((slot) => slot.startsAt)).toContain('2026-12-18T11:00:00+02:00');
    const names = await dataSource.query('SELECT event_name, envelope FROM outbox WHERE message_key = $1 ORDER BY seq', [id]);
    expect(names.map((row: { event_name: string }) => row.event_name)).toEqual([
      'ConsultationBooked.v1',
      'ConsultationRescheduled.v1',
      'ConsultationCancelled.v1',
    ]);
    expect(names[1].envelope.payload.by).toBe('expert');
    expect(JSON.stringify(names)).not.toMatch(/sairasloma|ratkesi/);
  });

  it("has the expert record the outcome once the consultation has started: the school's notification goes to intake", async () => {
    const booked = await call('POST', '/bookings', 'anna.laine', { ...school('2026-12-21T10:00:00+02:00'), anonymous });
    expect(booked.status).toBe(201);
    const id = booked.body.bookingId as string;
    const early = await call('POST', `/bookings/${id}/outcome`, 'jukka.lehto', { outcome: 'advice' });
    expect(early.body.code).toBe('consultation_not_yet_held');
    clock.set(new Date('2026-12-21T11:00:00+02:00'));
    const byBooker = await call('POST', `/bookings/${id}/outcome`, 'anna.laine', { outcome: 'advice' });
    expect(byBooker.status).toBe(403);
    expect(byBooker.body.code).toBe('not_attending_expert');
    const named = await call('POST', `/bookings/${id}/outcome`, 'jukka.lehto', {
      outcome: 'notification',
      summary: `${childName} poissa.`,
    });
    expect(named.body.code).toBe('identifying_detail_refused');

    const concluded = await call('POST', `/bookings/${id}/outcome`, 'jukka.lehto', {
      outcome: 'notification',
      summary: 'Poissaoloja kolme viikkoa; koulu tekee lastensuojeluilmoituksen.',
    });
    expect(concluded.status).toBe(200);
    expect(concluded.body.outcome).toMatchObject({ outcome: 'notification' });
    const [event] = await dataSource.query(
      "SELECT envelope FROM outbox WHERE event_name = 'ConsultationConcluded.v1' AND message_key = $1",
      [id],
    );
    expect(event.envelope.payload).toMatchObject({
      outcome: 'notification',
      anonymous: true,
      referral: {
        notifier: { userId: claims(tokens['anna.laine']!).sub, agency: 'school' },
        school: 'Kallion ala-aste',
        ageBand: '7-12',
        concernCategory: 'absence',
      },
    });
    const again = await call('POST', `/bookings/${id}/outcome`, 'jukka.lehto', { outcome: 'advice' });
    expect(again.body.code).toBe('booking_not_changeable');
  });

  it("books a liaison consultation on a case for the care team, by consent or the law, and audits every read of the case's bookings", async () => {
    const at = clock.now();
    const aino = await world.caseWith(
      [
        { token: tokens['sari.virtanen']!, agency: 'child-protection', roleInCase: 'responsible social worker' },
        { token: tokens['pekka.nurmi']!, agency: 'psychiatry', roleInCase: 'liaison nurse' },
        { token: tokens['anna.laine']!, agency: 'school', roleInCase: 'class teacher' },
      ],
      at,
    );
    const topic = 'Iltojen levottomuus sijaisperheessä.';
    const booked = await call('POST', `/cases/${aino}/bookings`, 'sari.virtanen', {
      ...liaison('2026-12-22T09:00:00+02:00'),
      topic,
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ caseId: aino, topic, anonymous: null });
    const [event] = await dataSource.query(
      "SELECT envelope FROM outbox WHERE event_name = 'ConsultationBooked.v1' AND message_key = $1",
      [aino],
    );
    expect(event.envelope.payload).toMatchObject({ bookingId: booked.body.bookingId, anonymous: false });
    expect(JSON.stringify(event.envelope)).not.toContain('levottomuus');

    // Off the care team: the case does not exist for the caller.
    const outsider = await call('POST', `/cases/${aino}/bookings`, 'ville.heikkinen', {
      ...liaison('2026-12-22T11:00:00+02:00'),
      topic,
    });
    expect(outsider.status).toBe(404);
    expect(outsider.body.code).toBe('case_not_found');

    // A case whose care team the nurse is not on: consent or the law first.
    const other = await world.caseWith(
      [{ token: tokens['sari.virtanen']!, agency: 'child-protection', roleInCase: 'responsible social worker' }],
      at,
    );
    const refused = await call('POST', `/cases/${other}/bookings`, 'sari.virtanen', {
      ...liaison('2026-12-22T11:00:00+02:00'),
      topic,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('consent_or_legal_basis_required');
    await world.consent(other, 'child-protection', 'psychiatry', at);
    const consented = await call('POST', `/cases/${other}/bookings`, 'sari.virtanen', {
      ...liaison('2026-12-22T11:00:00+02:00'),
      topic,
    });
    expect(consented.status).toBe(201);

    // The teacher on the care team sees the consultation, not its health-class topic; each read is audited.
    const seen = await call('GET', `/cases/${aino}/bookings`, 'anna.laine');
    expect(seen.status).toBe(200);
    expect(seen.body).toEqual([expect.objectContaining({ bookingId: booked.body.bookingId, topic: null })]);
    const records = await service.app.get(AuditLog).forCase(aino);
    expect(records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          resource: 'consultation',
          purpose: 'care-team-work',
          actor: expect.objectContaining({ userId: claims(tokens['anna.laine']!).sub }),
        }),
      ]),
    );
  });

  it("shows the expert their calendar, and nobody else's", async () => {
    const own = await call('GET', `/experts/${experts.nurse}/calendar?from=2026-12-14&to=2026-12-20`, 'pekka.nurmi');
    expect(own.status).toBe(200);
    expect(own.body.length).toBeGreaterThan(5);
    expect(
      own.body.every((booking: { experts: Array<{ expertId: string }> }) => booking.experts[0]!.expertId === experts.nurse),
    ).toBe(true);
    const other = await call('GET', `/experts/${experts.nurse}/calendar?from=2026-12-14&to=2026-12-20`, 'anna.laine');
    expect(other.status).toBe(404);
    expect(other.body.code).toBe('expert_not_found');
  });

  it("keeps no booker-typed name or identity code anywhere: this service's tables and events", async () => {
    const tables: Array<{ table_name: string }> = await owner.query(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    const found: string[] = [];
    for (const { table_name: table } of tables) {
      const rows: Array<{ text: string }> = await owner.query(`SELECT t::text AS text FROM "${table}" t`);
      for (const row of rows) {
        if (row.text.includes('Virtanen') && !row.text.includes('Sari Virtanen')) found.push(`${table}: a name`);
        if (/\d{6}[-+A]\d{3}[0-9A-Y]/.test(row.text)) found.push(`${table}: an identity code`);
      }
    }
    expect(found).toEqual([]);
    expect(await bookingRows()).toBeGreaterThan(5);
  });
});
