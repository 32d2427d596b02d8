import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import { configureRootLogger, newId } from '@yhdessa/platform';
import { claims, fetchToken, startServiceUnderTest, testServers, testServiceEnv, type ServiceUnderTest } from '@yhdessa/testing';
import pg from 'pg';
import { loadAssessmentConfig } from '../../services/assessment/src/assessment.config.js';
import { AssessmentModule, assessmentMessaging } from '../../services/assessment/src/assessment.module.js';
import { assessmentMigrations } from '../../services/assessment/src/migrations/index.js';
import { loadCaseCoordinationConfig } from '../../services/case-coordination/src/case-coordination.config.js';
import {
  CaseCoordinationModule,
  caseCoordinationMessaging,
} from '../../services/case-coordination/src/case-coordination.module.js';
import { caseCoordinationMigrations } from '../../services/case-coordination/src/migrations/index.js';
import type { AssessmentBenchRequest, AssessmentLoadResult, AssessmentLoadSpec } from './assessment-load.js';
import { prepareAssessmentSeed } from './assessment-seed.js';
import { benchSeedOptions, prepareBenchSeed } from './bench-seed.js';
import { percentiles } from './latency-stats.js';

/**
 * `npm run bench:assessment`: the assessment service on the 10,000-case seed (`npm run seed:cases`,
 * whose care teams and consents its projections are given), beside case-coordination on that seed,
 * both started in this process as they run (modules, migrations, token checks, audit log, outbox),
 * the requests from a worker thread over loopback with real Keycloak tokens. Scenarios, each as
 * BENCH_USERS users with a think time around BENCH_THINK_MS after a warm-up that does not count:
 *   - matrix: the responsible worker reads the synthesis matrix of an assessment of BENCH_ACTORS (20)
 *     actors × 8 domains with texts of BENCH_TEXT_LENGTH (400) characters each (target p99 < 50 ms);
 *   - submit: a teacher submits a saved view (target p99 < 100 ms);
 *   - case-coordination's GET /cases/:caseId by the same worker, in the same run, for comparison.
 *   BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (3), BENCH_USERS (50), BENCH_THINK_MS (1000)
 *   BENCH_ASSESSMENT_DB (yhdessa_bench_assessment), BENCH_CASES_DB (yhdessa_bench_cases)
 * Writes reports/bench-assessment.json.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1_000);
const ACTORS = Number(process.env.BENCH_ACTORS ?? 20);
const TEXT_LENGTH = Number(process.env.BENCH_TEXT_LENGTH ?? 400);
const DATABASE = process.env.BENCH_ASSESSMENT_DB ?? 'yhdessa_bench_assessment';
const LEAD = 'sari.virtanen';
const SUBMITTER = 'anna.laine';

const progress = (line: string) => process.stderr.write(`bench:assessment ${line}\n`);
configureRootLogger('bench', 'error');

const casesSeed = benchSeedOptions();
await prepareBenchSeed(casesSeed, progress);
const leadToken = await fetchToken(LEAD);
const submitterToken = await fetchToken(SUBMITTER);
const seed = await prepareAssessmentSeed(
  {
    database: DATABASE,
    casesDatabase: casesSeed.database,
    leadUserId: claims(leadToken).sub,
    submitterUserId: claims(submitterToken).sub,
    submissions: USERS * (SECONDS + WARMUP_SECONDS + 10),
    actors: ACTORS,
    textLength: TEXT_LENGTH,
  },
  progress,
);
progress(`seed: ${JSON.stringify(seed.summary)}`);

const assessmentConfig = loadAssessmentConfig(
  testServiceEnv({ ASSESSMENT_DB: DATABASE, KAFKA_GROUP_ID: `bench-assessment-${newId()}`, RATE_LIMIT_WRITES: '1000000' }),
);
const assessment = await startServiceUnderTest({
  config: assessmentConfig,
  database: DATABASE,
  migrations: assessmentMigrations,
  module: AssessmentModule.forRoot(assessmentConfig),
  messaging: assessmentMessaging(assessmentConfig),
});
const caseConfig = loadCaseCoordinationConfig(
  testServiceEnv({ CASE_COORDINATION_DB: casesSeed.database, KAFKA_GROUP_ID: `bench-assessment-cc-${newId()}` }),
);
const caseCoordination = await startServiceUnderTest({
  config: caseConfig,
  database: casesSeed.database,
  migrations: caseCoordinationMigrations,
  module: CaseCoordinationModule.forRoot(caseConfig),
  messaging: caseCoordinationMessaging(caseConfig),
});

interface ScenarioReport {
  route: string;
  service: string;
  users: number;
  thinkMs: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: Record<string, number>;
  non2xx: number;
  byStatus: Record<string, number>;
  meanResponseBytes: number;
  target?: { p99UnderMs: number; met: boolean };
}

async function run(
  name: string,
  route: string,
  service: ServiceUnderTest,
  token: string,
  requests: AssessmentBenchRequest[],
  mode: AssessmentLoadSpec['mode'],
  targetMs?: number,
): Promise<ScenarioReport> {
  progress(`${route}: ${USERS} users, think ~${THINK_MS} ms, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s`);
  const spec: AssessmentLoadSpec = {
    url: service.url,
    token,
    requests,
    mode,
    users: USERS,
    thinkMs: THINK_MS,
    warmupSeconds: WARMUP_SECONDS,
    seconds: SECONDS,
  };
  const worker = new Worker(new URL('./assessment-load.js', import.meta.url), { workerData: { assessmentLoad: spec } });
  const result = await new Promise<AssessmentLoadResult>((resolve, reject) => {
    worker.on('message', (message: { type: string; result?: AssessmentLoadResult }) => {
      if (message.type === 'done') resolve(message.result!);
    });
    worker.once('error', reject);
  });
  await worker.terminate();
  const latency = percentiles(result.latenciesMs, [50, 95, 99, 100]);
  const report: ScenarioReport = {
    route,
    service: name,
    users: USERS,
    thinkMs: THINK_MS,
    seconds: Number(result.seconds.toFixed(1)),
    requests: result.latenciesMs.length,
    requestsPerSecond: Number((result.latenciesMs.length / result.seconds).toFixed(1)),
    latencyMs: latency,
    non2xx: result.non2xx,
    byStatus: result.byStatus,
    meanResponseBytes: Math.round(result.bytes / Math.max(1, result.latenciesMs.length)),
    ...(targetMs
      ? { target: { p99UnderMs: targetMs, met: (latency['p99'] ?? Infinity) < targetMs && result.non2xx === 0 } }
      : {}),
  };
  progress(
    `  ${JSON.stringify({ requests: report.requests, rps: report.requestsPerSecond, ...latency, non2xx: report.non2xx })}`,
  );
  return report;
}

// The worker's cases as case-coordination's seed holds them, for its read beside the matrix.
const casesDb = new pg.Client({ ...testServers().pg, database: casesSeed.database, application_name: 'bench-assessment' });
await casesDb.connect();
const leadCases = (
  await casesDb.query<{ case_id: string }>(
    'SELECT DISTINCT case_id FROM case_care_team_member WHERE user_id = $1 AND removed_at IS NULL ORDER BY case_id',
    [claims(leadToken).sub],
  )
).rows.map((row) => row.case_id);
await casesDb.end();
const scenarios: ScenarioReport[] = [];
try {
  scenarios.push(
    await run(
      'assessment',
      'GET /cases/:caseId/assessments/:assessmentId/matrix',
      assessment,
      leadToken,
      seed.matrices.map(({ caseId, assessmentId }) => ({
        method: 'GET',
        path: `/cases/${caseId}/assessments/${assessmentId}/matrix`,
      })),
      'cycle',
      50,
    ),
  );
  scenarios.push(
    await run(
      'assessment',
      'POST /cases/:caseId/assessments/:assessmentId/contributions/mine/submit',
      assessment,
      submitterToken,
      seed.submissions.map(({ caseId, assessmentId }) => ({
        method: 'POST',
        path: `/cases/${caseId}/assessments/${assessmentId}/contributions/mine/submit`,
        body: { expectedVersion: 1 },
      })),
      'once',
      100,
    ),
  );
  scenarios.push(
    await run(
      'case-coordination',
      'GET /cases/:caseId',
      caseCoordination,
      leadToken,
      leadCases.map((caseId) => ({ method: 'GET', path: `/cases/${caseId}` })),
      'cycle',
      50,
    ),
  );
} finally {
  await assessment.close();
  await caseCoordination.close();
}

const report = {
  at: new Date().toISOString(),
  machine: { cpus: cpus().length, memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)), loadAverage: loadavg() },
  seed: { ...seed.summary, matrixAssessments: seed.matrices.length, actorsPerMatrix: ACTORS, textLength: TEXT_LENGTH },
  scenarios,
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-assessment.json', `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exit(0);
