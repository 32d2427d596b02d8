import { AuditLog } from '@yhdessa/audit';
import { FixedClock } from '@yhdessa/platform';
import { claims, fetchToken, openTestDatabase, type Answer, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import type { ConsultationBookingConfig } from '../src/consultation-booking.config.js';
import { bookingWorld } from './booking-world.fixture.js';
import { startConsultationBooking } from './consultation-booking.fixture.js';

// Tuesday 1 December 2026, 08:00 in Helsinki; the consultations are in the weeks after (winter time, +02:00).
const tuesday = new Date('2026-12-01T08:00:00+02:00');
const clock = new FixedClock(tuesday);
const weekdays = (starts: string, ends: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, starts, ends }));

/**
 * A consultation about the child of a case, as its care team sees it: a liaison nurse's own free times,
 * the outcome's kind for everyone on the team and what the nurse said only for those who see health
 * information; and an anonymous consultation made one about a named child only on the guardian's
 * consent or the law's duty to notify, the step an event of its own.
 */
describe('consultations on a case: the liaison nurse, health details and the anonymous made named', () => {
  let service: ServiceFixture<ConsultationBookingConfig>;
  let dataSource: DataSource;
  let owner: DataSource;
  let world: ReturnType<typeof bookingWorld>;
  const tokens: Record<string, string> = {};
  const experts: Record<'consultant' | 'teacher' | 'nurse' | 'otherNurse', string> = {
    consultant: '',
    teacher: '',
    nurse: '',
    otherNurse: '',
  };

  beforeAll(async () => {
    service = await startConsultationBooking('yhdessa_test_case_booking', { clock });
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
    owner = await openTestDatabase({ database: 'yhdessa_test_case_booking', entities: [] });
    await world.reset(owner);
    experts.consultant = await world.expert(
      { token: tokens['jukka.lehto']! },
      'child-protection-consultant',
      weekdays('09:00', '12:00'),
    );
    experts.teacher = await world.expert(
      { token: tokens['maria.korhonen']! },
      'special-needs-teacher',
      weekdays('09:00', '12:00'),
    );
    experts.nurse = await world.expert({ token: tokens['pekka.nurmi']! }, 'liaison-nurse', weekdays('09:00', '15:00'));
    // Another nurse, less booked and first by id or not: the case's own nurse is asked for by id.
    experts.otherNurse = await world.expert(
      { userId: 'other-liaison-nurse', displayName: 'Toinen Hoitaja' },
      'liaison-nurse',
      weekdays('08:00', '16:00'),
    );
  }, 90_000);

  afterAll(async () => {
    await owner?.destroy();
    await service?.close();
  });

  beforeEach(() => clock.set(tuesday));

  const call = (method: string, path: string, user: string, body?: unknown): Promise<Answer> =>
    service.call(method, path, tokens[user], body);
  const careTeam = () =>
    world.caseWith(
      [
        { token: tokens['sari.virtanen']!, agency: 'child-protection', roleInCase: 'responsible social worker' },
        { token: tokens['pekka.nurmi']!, agency: 'psychiatry', roleInCase: 'liaison nurse' },
        { token: tokens['anna.laine']!, agency: 'school', roleInCase: 'class teacher' },
      ],
      clock.now(),
    );
  const outbox = (eventName: string, key: string) =>
    dataSource.query('SELECT envelope FROM outbox WHERE event_name = $1 AND message_key = $2', [eventName, key]) as Promise<
      Array<{ envelope: { payload: Record<string, unknown> } }>
    >;

  it("offers the liaison nurse's own free times when asked for by id, and only them", async () => {
    const search = (expertId?: string) =>
      call(
        'GET',
        `/slots?consultationType=psychiatry-liaison&from=2026-12-07&to=2026-12-08${expertId ? `&expertId=${expertId}` : ''}`,
        'sari.virtanen',
      );
    const own = await search(experts.nurse);
    expect(own.status).toBe(200);
    expect(own.body.length).toBeGreaterThan(0);
    expect(new Set(own.body.map((slot: { experts: Array<{ expertId: string }> }) => slot.experts[0]!.expertId))).toEqual(
      new Set([experts.nurse]),
    );
    // Inside his 09:00–15:00 in Helsinki time, though the other nurse starts at 08:00.
    expect(own.body[0].startsAt).toBe('2026-12-07T09:00:00+02:00');
    const any = await search();
    expect(any.body[0].startsAt).toBe('2026-12-07T08:00:00+02:00');
    const nobody = await search(experts.consultant);
    expect(nobody.status).toBe(200);
    expect(nobody.body).toEqual([]);
    expect((await search('not-an-id')).status).toBe(400);
  });

  it('shows the outcome’s kind to the whole care team and what the nurse said only to those who see health information', async () => {
    const aino = await careTeam();
    const topic = 'Iltojen levottomuus sijaisperheessä.';
    const held = await call('POST', '/holds', 'sari.virtanen', {
      consultationType: 'psychiatry-liaison',
      startsAt: '2026-12-08T10:00:00+02:00',
      expertIds: [experts.nurse],
    });
    expect(held.status).toBe(201);
    const booked = await call('POST', `/cases/${aino}/bookings`, 'sari.virtanen', {
      consultationType: 'psychiatry-liaison',
      startsAt: '2026-12-08T10:00:00+02:00',
      expertIds: [experts.nurse],
      holdId: held.body.holdId,
      topic,
    });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ status: 'confirmed', caseId: aino, topic, named: null });

    clock.set(new Date('2026-12-08T11:00:00+02:00'));
    const said = 'Sijaisvanhemmille iltarutiini; nuorisopsykiatrian arvio ei tarpeen nyt.';
    const concluded = await call('POST', `/bookings/${booked.body.bookingId}/outcome`, 'pekka.nurmi', {
      outcome: 'advice',
      summary: said,
    });
    expect(concluded.status).toBe(200);

    const asTeacher = await call('GET', `/cases/${aino}/bookings`, 'anna.laine');
    expect(asTeacher.status).toBe(200);
    expect(asTeacher.body).toEqual([
      expect.objectContaining({
        status: 'concluded',
        topic: null,
        outcome: expect.objectContaining({ outcome: 'advice', summary: null }),
      }),
    ]);
    expect(JSON.stringify(asTeacher.body)).not.toContain('iltarutiini');
    for (const reader of ['sari.virtanen', 'pekka.nurmi']) {
      const seen = await call('GET', `/cases/${aino}/bookings`, reader);
      expect(seen.body).toEqual([
        expect.objectContaining({ topic, outcome: expect.objectContaining({ outcome: 'advice', summary: said }) }),
      ]);
    }
    // Each reader's sight of the health class is audited as such; the teacher read only the shared plan.
    const health = (await service.app.get(AuditLog).forCase(aino)).filter(
      (record) => record.resource === 'consultation' && record.informationClass === 'health',
    );
    expect(new Set(health.map((record) => record.actor.userId))).toEqual(
      new Set([claims(tokens['sari.virtanen']!).sub, claims(tokens['pekka.nurmi']!).sub]),
    );
    // The event tells the outcome's kind, never what was said.
    const [event] = await outbox('ConsultationConcluded.v1', aino);
    expect(event!.envelope.payload).toMatchObject({ outcome: 'advice', referral: null });
    expect(JSON.stringify(event!.envelope)).not.toContain('iltarutiini');
  });

  it('makes an anonymous consultation one about the child only once the law requires the notification, and records the step', async () => {
    const mika = await careTeam();
    const booked = await call('POST', '/bookings', 'anna.laine', {
      consultationType: 'school-child-protection',
      startsAt: '2026-12-09T10:00:00+02:00',
      expertIds: [experts.consultant, experts.teacher],
      anonymous: {
        ageBand: '7-12',
        school: 'Kallion ala-aste',
        concernCategory: 'absence',
        description: 'Poissa kolme viikkoa.',
      },
    });
    expect(booked.status).toBe(201);
    const bookingId = booked.body.bookingId as string;
    const name = (user: string, ground: string, caseId = mika) =>
      call('POST', `/cases/${caseId}/bookings/from-anonymous`, user, { bookingId, ground });

    // Not yet: the consultation has not ended with a notification, and the family has not consented.
    const early = await name('sari.virtanen', 'notification-required');
    expect([early.status, early.body.code]).toEqual([409, 'naming_ground_not_met']);
    const noConsent = await name('anna.laine', 'guardian-consent');
    expect([noConsent.status, noConsent.body.code]).toEqual([403, 'consent_or_legal_basis_required']);

    clock.set(new Date('2026-12-09T11:00:00+02:00'));
    const concluded = await call('POST', `/bookings/${bookingId}/outcome`, 'jukka.lehto', {
      outcome: 'notification',
      summary: 'Poissaoloja kolme viikkoa; koulu tekee lastensuojeluilmoituksen.',
    });
    expect(concluded.status).toBe(200);

    // Off the case: it does not exist for the caller. Bad input: 400, nothing changed.
    const outsider = await name('ville.heikkinen', 'notification-required');
    expect([outsider.status, outsider.body.code]).toEqual([404, 'case_not_found']);
    const badGround = await name('sari.virtanen', 'because');
    expect(badGround.status).toBe(400);
    expect((await dataSource.query('SELECT case_id FROM booking WHERE booking_id = $1', [bookingId]))[0].case_id).toBeNull();

    const named = await name('sari.virtanen', 'notification-required');
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({
      bookingId,
      caseId: mika,
      anonymous: null,
      named: { ground: 'notification-required', namedAt: '2026-12-09T09:00:00.000Z' },
    });
    const [event] = await outbox('ConsultationNamed.v1', mika);
    expect(event!.envelope.payload).toEqual({
      bookingId,
      consultationType: 'school-child-protection',
      ground: 'notification-required',
      namedBy: { userId: claims(tokens['sari.virtanen']!).sub, agency: 'child-protection' },
      namedAt: '2026-12-09T09:00:00.000Z',
    });
    const again = await name('sari.virtanen', 'notification-required');
    expect([again.status, again.body.code]).toEqual([409, 'consultation_already_named']);
    const listed = await call('GET', `/cases/${mika}/bookings`, 'sari.virtanen');
    expect(listed.body.map((booking: { bookingId: string }) => booking.bookingId)).toEqual([bookingId]);
  });

  it("makes one named on the guardian's consent to every agency that took part, before it is held", async () => {
    const mika = await careTeam();
    const booked = await call('POST', '/bookings', 'anna.laine', {
      consultationType: 'school-child-protection',
      startsAt: '2026-12-10T10:00:00+02:00',
      expertIds: [experts.consultant, experts.teacher],
      anonymous: { ageBand: '7-12', school: 'Kallion ala-aste', concernCategory: 'wellbeing', description: 'Väsynyt aamuisin.' },
    });
    expect(booked.status).toBe(201);
    const bookingId = booked.body.bookingId as string;
    // Not one who took part, and not child protection: as if there were no such consultation.
    const stranger = await call('POST', `/cases/${mika}/bookings/from-anonymous`, 'pekka.nurmi', {
      bookingId,
      ground: 'guardian-consent',
    });
    expect([stranger.status, stranger.body.code]).toEqual([404, 'booking_not_found']);

    await world.consent(mika, 'school', 'school', clock.now());
    const named = await call('POST', `/cases/${mika}/bookings/from-anonymous`, 'anna.laine', {
      bookingId,
      ground: 'guardian-consent',
    });
    expect(named.status).toBe(200);
    expect(named.body).toMatchObject({ status: 'confirmed', caseId: mika, named: { ground: 'guardian-consent' } });
    const rows = await dataSource.query('SELECT named_ground, named_by_agency FROM booking WHERE booking_id = $1', [bookingId]);
    expect(rows).toEqual([{ named_ground: 'guardian-consent', named_by_agency: 'school' }]);
  });

  it('answers the free times as the database holds them, whatever changed them and however often asked', async () => {
    const at = '2026-12-11T13:00:00+02:00';
    const free = async () => {
      const found = await call(
        'GET',
        `/slots?consultationType=psychiatry-liaison&from=2026-12-11&to=2026-12-11&expertId=${experts.nurse}`,
        'sari.virtanen',
      );
      expect(found.status).toBe(200);
      return (found.body as Array<{ startsAt: string }>).map((slot) => slot.startsAt).includes(at);
    };
    expect(await free()).toBe(true);
    expect(await free()).toBe(true);
    const held = await call('POST', '/holds', 'sari.virtanen', {
      consultationType: 'psychiatry-liaison',
      startsAt: at,
      expertIds: [experts.nurse],
    });
    expect(held.status).toBe(201);
    expect(await free()).toBe(false);
    // The hold lapses with the clock, no write needed.
    clock.set(new Date(tuesday.getTime() + 11 * 60_000));
    expect(await free()).toBe(true);
    const booked = await call('POST', `/cases/${await careTeam()}/bookings`, 'sari.virtanen', {
      consultationType: 'psychiatry-liaison',
      startsAt: at,
      expertIds: [experts.nurse],
      topic: 'Illat.',
    });
    expect(booked.status).toBe(201);
    expect(await free()).toBe(false);
    // Changed in the database behind this instance's back, as another instance would: seen at once.
    await owner.query(`UPDATE booking SET status = 'cancelled' WHERE booking_id = $1`, [booked.body.bookingId]);
    await owner.query('UPDATE booking_participant SET blocking = false WHERE booking_id = $1', [booked.body.bookingId]);
    expect(await free()).toBe(true);
    await owner.query(
      `INSERT INTO availability_exception (exception_id, expert_id, on_date, starts, ends, kind)
       VALUES (gen_random_uuid(), $1, '2026-12-11', '12:00', '15:00', 'leave')`,
      [experts.nurse],
    );
    expect(await free()).toBe(false);
  });
});
