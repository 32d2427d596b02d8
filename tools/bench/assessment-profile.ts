import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { configureRootLogger, newId } from '@yhdessa/platform';
import { claims, fetchToken, startServiceUnderTest, testServers, testServiceEnv } from '@yhdessa/testing';
import pg from 'pg';
import { loadAssessmentConfig } from '../../services/assessment/src/assessment.config.js';
import { AssessmentModule, assessmentMessaging } from '../../services/assessment/src/assessment.module.js';
import { assessmentMigrations } from '../../services/assessment/src/migrations/index.js';
import { percentiles } from './latency-stats.js';

/**
 * `node dist/tools/bench/assessment-profile.js` (after `npm run bench:assessment` seeded its database):
 * the synthesis matrix read PROFILE_REQUESTS (400) times one after another, no concurrency, with the
 * process's CPU time per request (the service's and the client's) and the database statements each read
 * makes; PROFILE_CPU=file.cpuprofile also writes a CPU profile of the measured reads, PROFILE_DUMP=file.json
 * every matrix as served (to compare two builds' answers).
 */
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 400);
const DATABASE = process.env.BENCH_ASSESSMENT_DB ?? 'yhdessa_bench_assessment';
configureRootLogger('bench', 'error');

const token = await fetchToken('sari.virtanen');
const db = new pg.Client({ ...testServers().pg, database: DATABASE, application_name: 'bench-assessment-profile' });
await db.connect();
const { rows: matrices } = await db.query<{ caseId: string; assessmentId: string }>(
  `SELECT case_id AS "caseId", id AS "assessmentId" FROM assessment WHERE lead_name = 'Bench matrix' AND lead_user_id = $1 ORDER BY id`,
  [claims(token).sub],
);
await db.end();
if (matrices.length === 0) throw new Error(`${DATABASE} has no matrix assessments: run npm run bench:assessment first`);

const config = loadAssessmentConfig(
  testServiceEnv({ ASSESSMENT_DB: DATABASE, KAFKA_GROUP_ID: `bench-assessment-profile-${newId()}` }),
);
const service = await startServiceUnderTest({
  config,
  database: DATABASE,
  migrations: assessmentMigrations,
  module: AssessmentModule.forRoot(config),
  messaging: assessmentMessaging(config),
});

let statements = 0;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;

const read = async (i: number) => {
  const { caseId, assessmentId } = matrices[i % matrices.length]!;
  const response = await fetch(`${service.url}/cases/${caseId}/assessments/${assessmentId}/matrix`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`matrix answered ${response.status}`);
  return body.byteLength;
};
for (let i = 0; i < 50; i += 1) await read(i);
if (process.env.PROFILE_DUMP) {
  // Every matrix as the reader is served it, to hold one build's answers against another's.
  const answers = [];
  for (const { caseId, assessmentId } of matrices) {
    const response = await fetch(`${service.url}/cases/${caseId}/assessments/${assessmentId}/matrix`, {
      headers: { authorization: `Bearer ${token}` },
    });
    answers.push({ status: response.status, etag: response.headers.get('etag'), body: await response.text() });
  }
  writeFileSync(process.env.PROFILE_DUMP, JSON.stringify(answers));
}
statements = 0;
const latencies: number[] = [];
let bytes = 0;
const profiler = process.env.PROFILE_CPU ? new Session() : null;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}
const cpuBefore = process.cpuUsage();
const start = performance.now();
for (let i = 0; i < REQUESTS; i += 1) {
  const sent = performance.now();
  bytes += await read(i);
  latencies.push(performance.now() - sent);
}
const wall = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
if (profiler) {
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(process.env.PROFILE_CPU!, JSON.stringify(profile));
}
await service.close();
process.stdout.write(
  `${JSON.stringify(
    {
      requests: REQUESTS,
      latencyMs: percentiles(latencies, [50, 95, 99]),
      meanMs: Number((wall / REQUESTS).toFixed(2)),
      cpuMsPerRequest: Number(((cpu.user + cpu.system) / 1000 / REQUESTS).toFixed(2)),
      statementsPerRequest: Number((statements / REQUESTS).toFixed(2)),
      meanResponseBytes: Math.round(bytes / REQUESTS),
    },
    null,
    2,
  )}\n`,
);
process.exit(0);
