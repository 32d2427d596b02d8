import { FixedClock } from '@yhdessa/platform';
import { RedisClient } from '@yhdessa/runtime';
import { fetchToken, openTestDatabase, type Answer, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import type { ConsultationBookingConfig } from '../src/consultation-booking.config.js';
import { bookingWorld } from './booking-world.fixture.js';
import { startConsultationBooking } from './consultation-booking.fixture.js';

// The service lives on Tuesday 1 December 2026 at 08:00 in Helsinki; the consultations are on the
// Mondays after (winter time, +02:00).
const clock = new FixedClock(new Date('2026-12-01T08:00:00+02:00'));
const database = 'yhdessa_test_hold_release';

/**
 * A booker who went back, chose another time or left the page lets go of their hold at once: the held
 * row is released and its time freed in one transaction and the Redis claim removed, so the time is free
 * for everyone again without waiting for the hold to lapse. Only the booker may; the answers are clear.
 */
describe('letting go of a hold over HTTP with real tokens', () => {
  let service: ServiceFixture<ConsultationBookingConfig>;
  let dataSource: DataSource;
  let owner: DataSource;
  const tokens: Record<string, string> = {};
  const experts = { consultant: '', teacher: '', nurse: '' };

  beforeAll(async () => {
    service = await startConsultationBooking(database, { clock });
    dataSource = service.app.get(DataSource);
    for (const user of ['markku.salo', 'jukka.lehto', 'maria.korhonen', 'pekka.nurmi', 'anna.laine', 'ville.heikkinen']) {
      tokens[user] = await fetchToken(user);
    }
    const world = bookingWorld(service, tokens['markku.salo']!);
    owner = await openTestDatabase({ database, entities: [] });
    await world.reset(owner);
    const monday = [{ weekday: 1, starts: '09:00', ends: '12:00' }];
    experts.consultant = await world.expert({ token: tokens['jukka.lehto']! }, 'child-protection-consultant', monday);
    experts.teacher = await world.expert({ token: tokens['maria.korhonen']! }, 'special-needs-teacher', monday);
    experts.nurse = await world.expert({ token: tokens['pekka.nurmi']! }, 'liaison-nurse', monday);
  }, 90_000);

  afterAll(async () => {
    await owner?.destroy();
    await service?.close();
  });

  beforeEach(() => clock.set(new Date('2026-12-01T08:00:00+02:00')));

  const call = (method: string, path: string, user: string, body?: unknown): Promise<Answer> =>
    service.call(method, path, tokens[user], body);
  const school = (startsAt: string) => ({
    consultationType: 'school-child-protection',
    startsAt,
    expertIds: [experts.consultant, experts.teacher],
  });
  const liaison = (startsAt: string) => ({ consultationType: 'psychiatry-liaison', startsAt, expertIds: [experts.nurse] });
  const freeTimes = async (type: string, day: string) => {
    const found = await call('GET', `/slots?consultationType=${type}&from=${day}&to=${day}`, 'ville.heikkinen');
    expect(found.status).toBe(200);
    return (found.body as Array<{ startsAt: string }>).map((slot) => slot.startsAt);
  };
  const claimsOn = (expertIds: string[], startsAt: string) =>
    Promise.all(
      expertIds.map((expertId) =>
        service.app.get(RedisClient).redis.get(`booking:slot:${expertId}:${new Date(startsAt).getTime()}`),
      ),
    );

  it('frees the time at once for everyone: the held row released, its time unblocked, the Redis claim gone', async () => {
    const at = '2026-12-14T10:00:00+02:00';
    const held = await call('POST', '/holds', 'anna.laine', school(at));
    expect(held.status).toBe(201);
    const holdId = held.body.holdId as string;
    expect((await claimsOn([experts.consultant, experts.teacher], at)).every((claim) => claim?.startsWith(`${holdId}|`))).toBe(
      true,
    );
    expect(await freeTimes('school-child-protection', '2026-12-14')).not.toContain(at);
    expect((await call('POST', '/holds', 'ville.heikkinen', school(at))).body.code).toBe('slot_taken');

    // Another teacher cannot let go of Anna's hold: to him it does not exist.
    const notHis = await call('DELETE', `/holds/${holdId}`, 'ville.heikkinen');
    expect({ status: notHis.status, code: notHis.body.code }).toEqual({ status: 404, code: 'hold_not_found' });

    const released = await call('DELETE', `/holds/${holdId}`, 'anna.laine');
    expect(released.status).toBe(204);
    expect(await claimsOn([experts.consultant, experts.teacher], at)).toEqual([null, null]);
    const [row] = await dataSource.query('SELECT status, hold_expires_at FROM booking WHERE booking_id = $1', [holdId]);
    expect(row).toEqual({ status: 'released', hold_expires_at: null });
    const participants = await dataSource.query('SELECT blocking FROM booking_participant WHERE booking_id = $1', [holdId]);
    expect(participants).toEqual([{ blocking: false }, { blocking: false }]);
    expect(await freeTimes('school-child-protection', '2026-12-14')).toContain(at);
    // A hold makes no event, and neither does letting go of one.
    const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM outbox WHERE message_key = $1', [holdId]);
    expect(n).toBe(0);

    // Letting go twice (the page going back, then leaving) answers the same; the hold is no booking to confirm or read.
    expect((await call('DELETE', `/holds/${holdId}`, 'anna.laine')).status).toBe(204);
    const confirm = await call('POST', '/bookings', 'anna.laine', {
      ...school(at),
      holdId,
      anonymous: { ageBand: '7-12', school: 'Kallion ala-aste', concernCategory: 'absence', description: 'Poissa koulusta.' },
    });
    expect({ status: confirm.status, code: confirm.body.code }).toEqual({ status: 404, code: 'hold_not_found' });
    expect((await call('GET', `/bookings/${holdId}`, 'anna.laine')).status).toBe(404);
    expect((await call('GET', '/bookings/mine', 'anna.laine')).body).toEqual([]);

    // Ville takes the time at once, without waiting for Anna's hold to lapse.
    const his = await call('POST', '/holds', 'ville.heikkinen', school(at));
    expect(his.status).toBe(201);
    expect((await call('DELETE', `/holds/${his.body.holdId}`, 'ville.heikkinen')).status).toBe(204);
  });

  it('answers a lapsed hold 409 hold_expired, whether or not the lapse was recorded yet, and keeps the time free', async () => {
    const at = '2026-12-14T09:00:00+02:00';
    const held = await call('POST', '/holds', 'anna.laine', liaison(at));
    expect(held.status).toBe(201);
    clock.set(new Date(new Date(held.body.expiresAt).getTime() + 1000));
    const lapsed = await call('DELETE', `/holds/${held.body.holdId}`, 'anna.laine');
    expect({ status: lapsed.status, code: lapsed.body.code }).toEqual({ status: 409, code: 'hold_expired' });
    // Another booking lets go of the lapsed hold (marked expired): letting go of it still answers the same.
    const other = await call('POST', '/holds', 'ville.heikkinen', liaison(at));
    expect(other.status).toBe(201);
    const [row] = await dataSource.query('SELECT status FROM booking WHERE booking_id = $1', [held.body.holdId]);
    expect(row.status).toBe('expired');
    const again = await call('DELETE', `/holds/${held.body.holdId}`, 'anna.laine');
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'hold_expired' });
    // Ville's hold, live, still holds the time.
    expect(await freeTimes('psychiatry-liaison', '2026-12-14')).not.toContain(at);
    expect((await call('DELETE', `/holds/${other.body.holdId}`, 'ville.heikkinen')).status).toBe(204);
  });

  it('answers a hold already confirmed as a booking 409 hold_already_booked, and the booking stands', async () => {
    const at = '2026-12-14T11:00:00+02:00';
    const held = await call('POST', '/holds', 'anna.laine', liaison(at));
    const booked = await call('POST', '/bookings', 'anna.laine', {
      ...liaison(at),
      holdId: held.body.holdId,
      anonymous: { ageBand: '13-17', school: 'Vallilan yläaste', concernCategory: 'wellbeing', description: 'Väsymystä.' },
    });
    expect(booked.status).toBe(201);
    const refused = await call('DELETE', `/holds/${held.body.holdId}`, 'anna.laine');
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'hold_already_booked' });
    expect((await call('GET', `/bookings/${held.body.holdId}`, 'anna.laine')).body.status).toBe('confirmed');
    expect(await freeTimes('psychiatry-liaison', '2026-12-14')).not.toContain(at);
  });

  it('answers an unknown hold 404, a malformed id as a problem and one who books nothing 403', async () => {
    const unknown = await call('DELETE', '/holds/7b0f6f7e-5b8a-4f4e-9a55-0d6c2a9c1e11', 'anna.laine');
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'hold_not_found' });
    const malformed = await call('DELETE', '/holds/not-a-hold', 'anna.laine');
    expect(malformed.status).toBeGreaterThanOrEqual(400);
    expect(malformed.status).toBeLessThan(500);
    expect(typeof malformed.body.code).toBe('string');
    const manager = await call('DELETE', '/holds/7b0f6f7e-5b8a-4f4e-9a55-0d6c2a9c1e11', 'markku.salo');
    expect(manager.status).toBe(403);
  });
});
