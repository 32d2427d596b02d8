import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import { addCalendarDays } from '@yhdessa/calendar';
import { configureRootLogger, newId } from '@yhdessa/platform';
import { fetchToken, openTestDatabase, startServiceFixture } from '@yhdessa/testing';
import { loadConsultationBookingConfig } from '../../services/consultation-booking/src/consultation-booking.config.js';
import {
  ConsultationBookingModule,
  consultationBookingMessaging,
  SERVICE_NAME,
} from '../../services/consultation-booking/src/consultation-booking.module.js';
import { consultationBookingMigrations } from '../../services/consultation-booking/src/migrations/index.js';
import {
  localParts,
  localToInstant,
  weekdayOf,
} from '../../services/consultation-booking/src/booking-record/helsinki-time.util.js';
import { percentiles } from './latency-stats.js';

/**
 * `npm run bench:booking`: consultation-booking started in this process as it runs (module,
 * migrations, token checks, Redis claims, outbox), on a database of its own seeded with
 * BENCH_EXPERTS (50) experts — half child-protection consultants, half special-needs teachers —
 * available Monday to Friday 08:00–16:00 for 8 weeks, each with BENCH_BOOKED_PER_DAY (2) confirmed
 * consultations a working day at random free times. The requests come from a worker thread over
 * loopback with real Keycloak tokens.
 *   - search: BENCH_USERS (50) users, each asking for the collective school consultation's free times
 *     over the whole 8 weeks (GET /slots, every expert of both pools, up to 500 slots), a think time
 *     around BENCH_THINK_MS (200) between asks, BENCH_SECONDS (20) after BENCH_WARMUP_SECONDS (3);
 *     target p99 < 50 ms;
 *   - contention: 1,000 anonymous booking attempts on 10 free slots of one pair (09:00 on ten working days),
 *     100 open at a time: throughput, p99, and how many were booked (must be 10).
 * The 10,000-case seed (`npm run seed:cases`) is not used: slot search reads no case.
 * Writes reports/bench-booking.json.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 200);
const EXPERTS = Number(process.env.BENCH_EXPERTS ?? 50);
const BOOKED_PER_DAY = Number(process.env.BENCH_BOOKED_PER_DAY ?? 2);
const DATABASE = process.env.BENCH_BOOKING_DB ?? 'yhdessa_bench_booking';

const progress = (line: string) => process.stderr.write(`bench:booking ${line}\n`);
/** The machine is shared: the load before the run, beside the one after it, says how noisy the figures are. */
const loadAverageAtStart = loadavg().map((value) => Number(value.toFixed(1)));
configureRootLogger('bench', 'error');

const service = await startServiceFixture(
  {
    name: SERVICE_NAME,
    loadConfig: loadConsultationBookingConfig,
    module: (config) => ConsultationBookingModule.forRoot(config),
    messaging: consultationBookingMessaging,
    migrations: consultationBookingMigrations,
  },
  { database: DATABASE },
);
const owner = await openTestDatabase({ database: DATABASE, entities: [] });

progress(`seeding ${EXPERTS} experts over 8 weeks`);
await owner.query('TRUNCATE booking_participant, booking, availability_exception, availability_window, expert CASCADE');
const today = localParts(new Date()).date;
const experts = Array.from({ length: EXPERTS }, (_, index) => ({
  expertId: newId(),
  kind: index % 2 === 0 ? 'child-protection-consultant' : 'special-needs-teacher',
  agency: index % 2 === 0 ? 'child-protection' : 'school',
}));
for (const [index, expert] of experts.entries()) {
  await owner.query(
    `INSERT INTO expert (expert_id, user_id, display_name, agency, kind, created_at) VALUES ($1, $2, $3, $4, $5, now())`,
    [expert.expertId, `bench-expert-${index}`, `Bench Expert ${index}`, expert.agency, expert.kind],
  );
  for (let weekday = 1; weekday <= 5; weekday += 1) {
    await owner.query(
      `INSERT INTO availability_window (window_id, expert_id, weekday, starts, ends) VALUES ($1, $2, $3, '08:00', '16:00')`,
      [newId(), expert.expertId, weekday],
    );
  }
}
// Each working day, each expert has BOOKED_PER_DAY one-hour consultations (75 min blocked) at random hours apart.
const bookings: unknown[][] = [];
const participants: unknown[][] = [];
for (let day = addCalendarDays(today, 2); day <= addCalendarDays(today, 56); day = addCalendarDays(day, 1)) {
  if (weekdayOf(day) > 5) continue;
  for (const expert of experts) {
    const hours = [8, 10, 12, 14].sort(() => Math.random() - 0.5).slice(0, BOOKED_PER_DAY);
    for (const hour of hours) {
      const start = localToInstant(day, hour * 60)!;
      const end = new Date(start.getTime() + 60 * 60_000);
      const bookingId = newId();
      bookings.push([bookingId, start, end]);
      participants.push([bookingId, expert.expertId, start, new Date(end.getTime() + 15 * 60_000)]);
    }
  }
}
await owner.query(
  `INSERT INTO booking (booking_id, consultation_type, status, starts_at, ends_at, age_band, school, concern_category, description,
                        booker_user_id, booker_name, booker_agency, booked_at)
   SELECT id, 'school-child-protection', 'confirmed', s, e, '7-12', 'Bench School', 'absence', 'Seeded.', 'bench', 'Bench', 'school', now()
   FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS t (id, s, e)`,
  [bookings.map((row) => row[0]), bookings.map((row) => row[1]), bookings.map((row) => row[2])],
);
await owner.query(
  `INSERT INTO booking_participant (booking_id, expert_id, blocked, blocking)
   SELECT id, expert, tstzrange(s, e, '[)'), true FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[], $4::timestamptz[]) AS t (id, expert, s, e)`,
  [
    participants.map((row) => row[0]),
    participants.map((row) => row[1]),
    participants.map((row) => row[2]),
    participants.map((row) => row[3]),
  ],
);
progress(`seeded ${bookings.length} bookings`);

const token = await fetchToken('anna.laine');
const searchPath = `/slots?consultationType=school-child-protection&from=${today}&to=${addCalendarDays(today, 55)}&limit=500`;
const check = await service.call('GET', searchPath, token);
if (check.status !== 200) throw new Error(`search answered ${check.status}`);
const slotsFound = (check.body as unknown[]).length;

/** The load: closed-loop users in a worker thread, each asking, then thinking; latencies after the warm-up. */
const loadCode = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, path, token, users, seconds, warmupSeconds, thinkMs } = workerData;
const started = performance.now();
const warmEnd = started + warmupSeconds * 1000;
const end = warmEnd + seconds * 1000;
const samples = [];
let errors = 0;
async function user() {
  while (performance.now() < end) {
    const at = performance.now();
    const response = await fetch(url + path, { headers: { authorization: 'Bearer ' + token } });
    await response.arrayBuffer();
    const took = performance.now() - at;
    if (at >= warmEnd) { if (response.status === 200) samples.push(took); else errors += 1; }
    await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
  }
}
Promise.all(Array.from({ length: users }, user)).then(() => parentPort.postMessage({ samples, errors }));
`;
progress(`search: ${USERS} users for ${SECONDS} s`);
const search = await new Promise<{ samples: number[]; errors: number }>((resolve, reject) => {
  const worker = new Worker(loadCode, {
    eval: true,
    workerData: {
      url: service.url,
      path: searchPath,
      token,
      users: USERS,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      thinkMs: THINK_MS,
    },
  });
  worker.once('message', resolve);
  worker.once('error', reject);
});

progress('contention: 1,000 attempts on 10 slots');
// One pair, its seeded consultations cancelled: ten free slots at 09:00 on the next ten working days (the daily maximum is 4).
const pair = [experts[0]!.expertId, experts[1]!.expertId];
await owner.query(
  `UPDATE booking SET status = 'cancelled' WHERE booking_id IN (SELECT booking_id FROM booking_participant WHERE expert_id = ANY($1::uuid[]))`,
  [pair],
);
await owner.query('UPDATE booking_participant SET blocking = false WHERE expert_id = ANY($1::uuid[])', [pair]);
const slotStarts: string[] = [];
for (let day = addCalendarDays(today, 3); slotStarts.length < 10; day = addCalendarDays(day, 1)) {
  if (weekdayOf(day) <= 5) slotStarts.push(localToInstant(day, 9 * 60)!.toISOString());
}
const attemptCode = `
const { parentPort, workerData } = require('node:worker_threads');
const { url, token, starts, expertIds } = workerData;
const statuses = {};
const samples = [];
let next = 0;
async function lane() {
  while (next < 1000) {
    const index = next++;
    const at = performance.now();
    const response = await fetch(url + '/bookings', {
      method: 'POST',
      headers: { authorization: 'Bearer ' + token, 'content-type': 'application/json' },
      body: JSON.stringify({ consultationType: 'school-child-protection', startsAt: starts[index % starts.length], expertIds,
        anonymous: { ageBand: '7-12', school: 'Bench School', concernCategory: 'absence', description: 'Kuormitustesti.' } }),
    });
    await response.arrayBuffer();
    samples.push(performance.now() - at);
    statuses[response.status] = (statuses[response.status] ?? 0) + 1;
  }
}
const started = performance.now();
Promise.all(Array.from({ length: 100 }, lane)).then(() => parentPort.postMessage({ samples, statuses, seconds: (performance.now() - started) / 1000 }));
`;
const contention = await new Promise<{ samples: number[]; statuses: Record<string, number>; seconds: number }>(
  (resolve, reject) => {
    const worker = new Worker(attemptCode, {
      eval: true,
      workerData: { url: service.url, token, starts: slotStarts, expertIds: pair },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  },
);

const report = {
  machine: {
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart,
    loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(1))),
  },
  seed: { experts: EXPERTS, weeks: 8, bookings: bookings.length },
  search: {
    users: USERS,
    thinkMs: THINK_MS,
    seconds: SECONDS,
    slotsPerAnswer: slotsFound,
    requests: search.samples.length,
    errors: search.errors,
    throughputPerSecond: Number((search.samples.length / SECONDS).toFixed(1)),
    latencyMs: percentiles(search.samples),
    target: 'p99 < 50 ms',
  },
  contention: {
    attempts: 1000,
    inFlight: 100,
    statuses: contention.statuses,
    seconds: Number(contention.seconds.toFixed(2)),
    throughputPerSecond: Number((1000 / contention.seconds).toFixed(1)),
    latencyMs: percentiles(contention.samples),
  },
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-booking.json', `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
await owner.destroy();
await service.close();
process.exit(0);
