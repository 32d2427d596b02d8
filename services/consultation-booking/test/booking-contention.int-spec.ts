import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fetchToken, openTestDatabase, type Answer, type ServiceFixture } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import type { ConsultationBookingConfig } from '../src/consultation-booking.config.js';
import { finnishDate } from '@yhdessa/platform';
import { addCalendarDays } from '@yhdessa/calendar';
import { bookingWorld } from './booking-world.fixture.js';
import { startConsultationBooking } from './consultation-booking.fixture.js';

/**
 * No double booking, proven under contention: 1,000 concurrent attempts on 10 free slots of one
 * expert give exactly 10 bookings, every other attempt 409, none a 5xx, and no two blocking rows of
 * the expert overlap in the database afterwards (the attempts all start at once, 100 requests open
 * at a time, as a client's connection pool would keep them). The same with holds lapsing in the middle of the run,
 * and with the service's Redis (one of this test's own) killed and started again in the middle.
 */
const database = 'yhdessa_test_booking_contention';
const env = {
  // 30-minute liaison consultations without buffers, bookable at once: ten fit 09:00–14:00.
  CONSULTATION_TYPE_RULES: JSON.stringify({
    'psychiatry-liaison': {
      durationMinutes: 30,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minLeadMinutes: 0,
      horizonDays: 56,
      dailyMaxPerExpert: 20,
      participants: [['liaison-nurse']],
    },
  }),
  BOOKING_HOLD_SECONDS: '5',
};
const bookers = ['anna.laine', 'outi.rantanen', 'maria.korhonen', 'jukka.lehto'];
const times = ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30', '12:00', '12:30', '13:00', '13:30'];
const anonymous = {
  ageBand: '13-17',
  school: 'Vaasan lyseo',
  concernCategory: 'wellbeing',
  description: 'Väsymystä ja poissaoloja.',
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs every attempt at once, with at most `inFlight` requests open at a time (as a client's connection pool would). */
async function concurrently<T>(count: number, inFlight: number, run: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await run(index);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, lane));
  return results;
}
const IN_FLIGHT = 100;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('no double booking under contention', () => {
  let service: ServiceFixture<ConsultationBookingConfig>;
  let owner: DataSource;
  let nurse: string;
  const tokens: string[] = [];

  beforeAll(async () => {
    service = await startConsultationBooking(database, { env });
    owner = await openTestDatabase({ database, entities: [] });
    const world = bookingWorld(service, await fetchToken('markku.salo'));
    await world.reset(owner);
    nurse = await world.expert(
      { userId: 'contention-nurse', displayName: 'Nurse Under Load' },
      'liaison-nurse',
      [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, starts: '09:00', ends: '14:00' })),
    );
    for (const user of bookers) tokens.push(await fetchToken(user));
  }, 90_000);

  afterAll(async () => {
    await owner?.destroy();
    await service?.close();
  }, 30_000);

  /** A day some days after today in Finland, and the ten slots' instants on it (in its own offset). */
  const slotsOn = (daysAhead: number) => {
    const day = addCalendarDays(finnishDate(new Date()), daysAhead);
    const offset = day >= `${day.slice(0, 4)}-04-01` && day < `${day.slice(0, 4)}-10-25` ? '+03:00' : '+02:00';
    return times.map((time) => `${day}T${time}:00${offset}`);
  };

  const attempt = (target: ServiceFixture<ConsultationBookingConfig>, index: number, slots: string[]): Promise<Answer> =>
    target.call('POST', '/bookings', tokens[index % tokens.length], {
      consultationType: 'psychiatry-liaison',
      startsAt: slots[index % slots.length],
      expertIds: [nurse],
      anonymous,
    });

  const tally = (answers: Answer[]) => {
    const counts = new Map<number, number>();
    for (const answer of answers) counts.set(answer.status, (counts.get(answer.status) ?? 0) + 1);
    return Object.fromEntries([...counts].sort(([a], [b]) => a - b));
  };

  async function overlapsInDatabase(): Promise<number> {
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM booking_participant a JOIN booking_participant b
         ON a.expert_id = b.expert_id AND a.booking_id < b.booking_id AND a.blocking AND b.blocking AND a.blocked && b.blocked`,
    );
    return n;
  }

  async function confirmedOn(slots: string[]): Promise<number> {
    const [{ n }] = await owner.query(
      `SELECT count(*)::int AS n FROM booking WHERE status = 'confirmed' AND starts_at = ANY($1::timestamptz[])`,
      [slots],
    );
    return n;
  }

  it('1,000 concurrent attempts on 10 free slots: exactly 10 bookings, the rest 409 with the next free times, no 5xx', async () => {
    const slots = slotsOn(2);
    const started = performance.now();
    const answers = await concurrently(1000, IN_FLIGHT, (index) => attempt(service, index, slots));
    const seconds = (performance.now() - started) / 1000;
    expect(tally(answers)).toEqual({ 201: 10, 409: 990 });
    expect(answers.filter((answer) => answer.status === 409).every((answer) => answer.body.code === 'slot_taken')).toBe(true);
    expect(new Set(answers.filter((answer) => answer.status === 201).map((answer) => answer.body.startsAt)).size).toBe(10);
    expect(await confirmedOn(slots)).toBe(10);
    expect(await overlapsInDatabase()).toBe(0);
    process.stdout.write(`1,000 attempts in ${seconds.toFixed(2)} s\n`);
  }, 120_000);

  it('the same with holds on every slot lapsing in the middle of the run', async () => {
    const slots = slotsOn(3);
    const holds = await Promise.all(
      slots.map((startsAt, index) =>
        service.call('POST', '/holds', tokens[index % tokens.length], {
          consultationType: 'psychiatry-liaison',
          startsAt,
          expertIds: [nurse],
        }),
      ),
    );
    expect(holds.map((hold) => hold.status)).toEqual(Array(10).fill(201));
    // Ten waves of 100 over about eight seconds: the holds (5 s) lapse half-way.
    const answers: Answer[] = [];
    for (let wave = 0; wave < 10; wave += 1) {
      answers.push(
        ...(await Promise.all(Array.from({ length: 100 }, (_, index) => attempt(service, wave * 100 + index, slots)))),
      );
      await sleep(800);
    }
    expect(tally(answers)).toEqual({ 201: 10, 409: 990 });
    expect(await confirmedOn(slots)).toBe(10);
    expect(await overlapsInDatabase()).toBe(0);
    const [{ n }] = await owner.query(
      "SELECT count(*)::int AS n FROM booking WHERE booking_id = ANY($1::uuid[]) AND status = 'expired'",
      [holds.map((hold) => hold.body.holdId)],
    );
    expect(n).toBe(10);
  }, 120_000);

  it("the same with the service's Redis killed and started again in the middle: the database decides", async () => {
    const port = await freePort();
    const startRedis = (): ChildProcess =>
      spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: 'ignore',
      });
    let redis = startRedis();
    await sleep(300);
    const flaky = await startConsultationBooking(database, { env: { ...env, REDIS_URL: `redis://127.0.0.1:${port}` } });
    try {
      const slots = slotsOn(4);
      const running = concurrently(1000, IN_FLIGHT, (index) => attempt(flaky, index, slots));
      await sleep(150);
      redis.kill('SIGKILL');
      await sleep(500);
      redis = startRedis();
      const answers = await running;
      expect(tally(answers)).toEqual({ 201: 10, 409: 990 });
      expect(await confirmedOn(slots)).toBe(10);
      expect(await overlapsInDatabase()).toBe(0);
    } finally {
      await flaky.close();
      redis.kill('SIGKILL');
    }
  }, 120_000);
});
