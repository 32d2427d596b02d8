import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Server, ServerResponse } from 'node:http';
import { Worker } from 'node:worker_threads';
import { configureRootLogger, newId } from '@yhdessa/platform';
import { expectEventually, fetchToken, startServiceUnderTest, testServers, testServiceEnv } from '@yhdessa/testing';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { loadCaseCoordinationConfig } from '../../services/case-coordination/src/case-coordination.config.js';
import {
  CaseCoordinationModule,
  caseCoordinationMessaging,
} from '../../services/case-coordination/src/case-coordination.module.js';
import { caseCoordinationMigrations } from '../../services/case-coordination/src/migrations/index.js';
import { requestFor, type LoadMessage, type LoadResult, type LoadSpec, type ScenarioName } from './case-coordination-load.js';
import { anatomyOf, observeLoad, type LoadObservation, type RequestAnatomy } from './case-coordination-probe.js';
import { removeOpenedCases } from './case-coordination-seed.js';
import { benchSeedOptions, prepareBenchSeed } from './bench-seed.js';
import { percentiles } from './latency-stats.js';

/**
 * `npm run bench:cases`: the case-coordination service under the load of a working day, on a
 * database the size of a municipality's caseload. The real service (its module, migrations,
 * messaging, token checks and audit log) starts in this process on its own database and consumer
 * group; the requests come from a worker thread over loopback with real Keycloak tokens. Each
 * scenario runs twice (each after a warm-up that does not count):
 *   - as BENCH_USERS users, each sending a request, reading the answer for a moment (a think time
 *     around BENCH_THINK_MS) and sending the next: the working day the read target is about;
 *   - as BENCH_USERS loops back to back, no pause: the service's capacity, and latency past it.
 * Then one request of each kind is taken apart: the SQL it sends, with EXPLAIN ANALYZE of its reads.
 *   BENCH_SECONDS (20)            measured seconds per run; BENCH_WARMUP_SECONDS (3) before each
 *   BENCH_USERS (50)              concurrent users (loops)
 *   BENCH_THINK_MS (1000)         mean think time of a user (exponentially distributed)
 *   BENCH_CASES (10000), BENCH_WORKERS (400), BENCH_TIMELINE_PER_CASE (50)   the seed (the one of
 *                                 `npm run seed:cases`, bench-seed.ts); every worker's open cases
 *                                 must stay within the statutory caseload limit
 *   BENCH_SCENARIOS               comma-separated subset of readCase,timeline,myDeadlines,openCase
 *   BENCH_CASES_DB (yhdessa_bench_cases); BENCH_FRESH=1 drops it first (the audit log, append-only,
 *                                 otherwise keeps growing by the records of every run)
 * Writes reports/bench-cases.json. The seed is written once and found again by later runs; the cases
 * a run opens are removed after it, so every run starts from the same data (but for the audit log).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1_000);
const SEED = benchSeedOptions();
const { timelinePerCase: TIMELINE_PER_CASE, database: DATABASE } = SEED;
const READ_TARGET_P99_MS = 50;
const USERNAME = 'sari.virtanen';
/** notifier name of every case the load opens; they are removed after the run. */
const OPENED_MARKER = 'Bench load run';
const ALL_SCENARIOS: ScenarioName[] = ['readCase', 'timeline', 'myDeadlines', 'openCase'];
const SCENARIOS = (process.env.BENCH_SCENARIOS?.split(',').map((name) => name.trim()) ?? ALL_SCENARIOS).filter(
  (name): name is ScenarioName => ALL_SCENARIOS.includes(name as ScenarioName),
);
const ROUTES: Record<ScenarioName, string> = {
  openCase: 'POST /cases',
  readCase: 'GET /cases/:caseId',
  timeline: 'GET /cases/:caseId/timeline',
  myDeadlines: 'GET /deadlines/mine',
};

const progress = (line: string) => process.stderr.write(`bench:cases ${line}\n`);
const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string; name: string };

configureRootLogger('bench', 'error');
const servers = testServers();
const config = loadCaseCoordinationConfig(
  // One user opens cases back to back: the bench measures the service, not its per-user write limit
  // nor the statutory caseload (every opening still takes the worker's lock and counts the caseload;
  // only the limit it is compared with is out of reach).
  testServiceEnv({
    CASE_COORDINATION_PORT: '3001',
    CASE_COORDINATION_DB: DATABASE,
    KAFKA_GROUP_ID: `bench-cases-${newId()}`,
    RATE_LIMIT_WRITES: '1000000',
    CASELOAD_LIMIT: '1000000',
  }),
);
const { summary: seed } = await prepareBenchSeed(SEED, progress);
progress(`seed: ${JSON.stringify(seed)}`);
progress(`starting case-coordination on ${DATABASE}`);
const service = await startServiceUnderTest({
  config,
  database: config.CASE_COORDINATION_DB,
  migrations: caseCoordinationMigrations,
  module: CaseCoordinationModule.forRoot(config),
  messaging: caseCoordinationMessaging(config),
});
/**
 * Time from the service's HTTP server receiving a request to the last byte of its answer handed to
 * the socket, for requests received while `measuring`: the service's part of the latency the load
 * side sees, without the load thread's own waits for a core.
 */
const serverSide = { measuring: false, latenciesMs: [] as number[] };
(service.app.getHttpServer() as Server).on('request', (_request, response: ServerResponse) => {
  if (!serverSide.measuring) return;
  const received = performance.now();
  response.once('finish', () => serverSide.latenciesMs.push(performance.now() - received));
});
const pool = (
  service.app.get(DataSource).driver as unknown as {
    master: { waitingCount: number; totalCount: number; options?: { max?: number } };
  }
).master;
const connect = async () => {
  const client = new pg.Client({ ...servers.pg, database: DATABASE, application_name: 'bench-cases' });
  await client.connect();
  return client;
};
const db = await connect();
const monitor = await connect();

const worker = claims(await fetchToken(USERNAME));

const removeOpened = () => removeOpenedCases(db, OPENED_MARKER);
const waitForOutbox = () =>
  expectEventually(
    async () => {
      const { rows } = await db.query<{ n: string }>('SELECT count(*) AS n FROM outbox WHERE published_at IS NULL');
      if (Number(rows[0]!.n) > 0) throw new Error(`the relay has ${rows[0]!.n} events still to send`);
    },
    180_000,
    500,
  );
await removeOpened();

const caseIds = (
  await db.query<{ case_id: string }>(
    `SELECT m.case_id FROM case_care_team_member m JOIN child_case c ON c.id = m.case_id
     WHERE m.user_id = $1 AND m.removed_at IS NULL AND c.notifier_name LIKE 'Notifier %' ORDER BY m.case_id`,
    [worker.sub],
  )
).rows.map((row) => row.case_id);
const loadSpec = (scenario: ScenarioName, thinkMs = 0): LoadSpec => ({
  url: service.url,
  scenario,
  username: USERNAME,
  caseIds,
  users: USERS,
  thinkMs,
  warmupSeconds: WARMUP_SECONDS,
  seconds: SECONDS,
  openedMarker: OPENED_MARKER,
});

type LoadModel = 'withThinkTime' | 'backToBack';

interface ScenarioReport {
  route: string;
  user: string;
  users: number;
  thinkMs: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: Record<string, number>;
  meanMs: number;
  non2xx: number;
  byStatus: Record<string, number>;
  problems: Record<string, number>;
  warmup: { seconds: number; requests: number; non2xx: number };
  readTarget?: { p99UnderMs: number; met: boolean };
  /** The same requests timed inside the service, from receipt to the answer's last byte. */
  serverSideLatencyMs: Record<string, number>;
  observed: LoadObservation & { loadEventLoopBusy: number };
}

async function runScenario(scenario: ScenarioName, thinkMs: number): Promise<ScenarioReport> {
  const model = thinkMs > 0 ? `think ~${thinkMs} ms` : 'back to back';
  progress(`${ROUTES[scenario]}: ${USERS} users, ${model}, ${WARMUP_SECONDS} s warm-up + ${SECONDS} s`);
  const observer = observeLoad(monitor, DATABASE, pool);
  const load = new Worker(new URL('./case-coordination-load.js', import.meta.url), {
    workerData: { loadSpec: loadSpec(scenario, thinkMs) },
  });
  let observing = false;
  const result = await new Promise<LoadResult>((resolve, reject) => {
    load.on('message', (message: LoadMessage) => {
      if (message.type === 'measuring') {
        serverSide.latenciesMs = [];
        serverSide.measuring = true;
        observer.start();
        observing = true;
      } else resolve(message.result);
    });
    load.once('error', reject);
    load.once('exit', (code) => reject(new Error(`the load worker stopped (exit code ${code}) before reporting`)));
  });
  if (!observing) observer.start();
  serverSide.measuring = false;
  const observed = await observer.stop();
  await load.terminate();
  const latencies = result.latenciesMs;
  const mean = latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length);
  const { p50, p95, p99, p100 } = percentiles(latencies, [50, 95, 99, 100]);
  const report: ScenarioReport = {
    route: ROUTES[scenario],
    user: USERNAME,
    users: USERS,
    thinkMs,
    seconds: Number(result.seconds.toFixed(2)),
    requests: result.requests,
    requestsPerSecond: Number((result.requests / result.seconds).toFixed(1)),
    latencyMs: { p50: p50!, p95: p95!, p99: p99!, max: p100! },
    meanMs: Number(mean.toFixed(1)),
    non2xx: result.non2xx,
    byStatus: result.byStatus,
    problems: result.problems,
    warmup: { seconds: WARMUP_SECONDS, requests: result.warmupRequests, non2xx: result.warmupNon2xx },
    serverSideLatencyMs: percentiles(serverSide.latenciesMs, [50, 95, 99, 100]),
    observed: { ...observed, loadEventLoopBusy: result.loadEventLoopBusy },
  };
  if (scenario !== 'openCase') report.readTarget = { p99UnderMs: READ_TARGET_P99_MS, met: p99! < READ_TARGET_P99_MS };
  progress(
    `${ROUTES[scenario]} (${model}): ${report.requestsPerSecond} req/s, p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms, non-2xx ${result.non2xx}; ` +
      `inside the service p50 ${report.serverSideLatencyMs.p50} ms, p99 ${report.serverSideLatencyMs.p99} ms`,
  );
  return report;
}

const scenarios: Partial<Record<ScenarioName, Record<LoadModel, ScenarioReport>>> = {};
let openedByLoad = 0;
// The reads first, on the seed as written; opening cases last, whose cases are then removed again.
for (const scenario of ALL_SCENARIOS.filter((name) => SCENARIOS.includes(name))) {
  const runs: Partial<Record<LoadModel, ScenarioReport>> = {};
  for (const [model, thinkMs] of [
    ['withThinkTime', THINK_MS],
    ['backToBack', 0],
  ] as const) {
    runs[model] = await runScenario(scenario, thinkMs);
    if (scenario === 'openCase') {
      progress('waiting for the relay to send what the load wrote');
      await waitForOutbox();
      const removed = await removeOpened();
      openedByLoad += removed;
      progress(`removed the ${removed} cases the load opened`);
    }
  }
  scenarios[scenario] = runs as Record<LoadModel, ScenarioReport>;
}

/**
 * One user, one request at a time (sent from the service's own thread, which has nothing else to do
 * then): the latency without queueing, and the anatomy of one request.
 */
async function takeApart(scenario: ScenarioName): Promise<{ singleUserMs: Record<string, number>; anatomy: RequestAnatomy }> {
  const spec = loadSpec(scenario);
  const used = new Set<string>();
  const send = async (correlationId?: string) => {
    const request = requestFor(spec, used);
    const token = await fetchToken(USERNAME);
    const response = await fetch(`${service.url}${request.path}`, {
      method: request.method,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(correlationId ? { 'x-correlation-id': correlationId } : {}),
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    await response.arrayBuffer();
    return { status: response.status };
  };
  const timings: number[] = [];
  for (let index = 0; index < 30; index += 1) {
    const started = performance.now();
    await send();
    timings.push(performance.now() - started);
  }
  const correlationId = `bench-anatomy-${newId()}`;
  const anatomy = await anatomyOf(() => send(correlationId), correlationId, db);
  return { singleUserMs: percentiles(timings, [50, 95]), anatomy };
}

progress('taking one request of each kind apart');
const diagnostics: Partial<Record<ScenarioName, { singleUserMs: Record<string, number>; anatomy: RequestAnatomy }>> = {};
for (const scenario of ALL_SCENARIOS.filter((name) => SCENARIOS.includes(name)))
  diagnostics[scenario] = await takeApart(scenario);
await removeOpened();
const tableSizes = (
  await db.query<{ table: string; rows: string; size: string }>(
    `SELECT relname AS table, n_live_tup AS rows, pg_size_pretty(pg_total_relation_size(relid)) AS size
     FROM pg_stat_user_tables WHERE relname IN ('child_case', 'case_care_team_member', 'case_deadline', 'case_timeline_entry', 'audit_record', 'outbox')
     ORDER BY relname`,
  )
).rows;
/** Which code was measured: the commit, and whether the working tree differed from it. */
const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};
const commit = git('rev-parse', '--short', 'HEAD');
const uncommitted = git('status', '--porcelain', '--untracked-files=no', '--', 'services', 'libs');
const postgres = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;

const report = {
  machine: {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.versions.node,
    postgres,
    loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(2))),
  },
  code: { commit, uncommittedChangesInServicesOrLibs: uncommitted === null ? null : uncommitted.length > 0 },
  setup: {
    service: 'case-coordination, in this process (module, migrations, messaging, audit, token checks as in production)',
    load: `${USERS} users in a worker thread of this process, over loopback HTTP (node:http keep-alive), real Keycloak token of ${USERNAME}`,
    withThinkTime: `each user pauses ~${THINK_MS} ms (exponentially distributed) between an answer and the next request: the read target is judged here`,
    backToBack:
      'each user sends the next request as soon as the last is answered: the capacity; mean latency ≈ users / requests per second',
    database: DATABASE,
    servicePoolSize: pool.options?.max ?? null,
    warmupSeconds: WARMUP_SECONDS,
    secondsPerScenario: SECONDS,
    order: ALL_SCENARIOS.filter((name) => SCENARIOS.includes(name)),
    seed: { ...seed, timelinePerCase: TIMELINE_PER_CASE, readCasesOfUser: caseIds.length },
    casesOpenedByTheLoadAndRemovedAfter: openedByLoad,
    tables: tableSizes,
  },
  target: { readP99Ms: READ_TARGET_P99_MS },
  summary: Object.fromEntries(
    Object.entries(scenarios).map(([name, runs]) => [
      name,
      Object.fromEntries(
        Object.entries(runs).map(([model, run]) => [
          model,
          {
            route: run.route,
            requestsPerSecond: run.requestsPerSecond,
            p50: run.latencyMs.p50,
            p95: run.latencyMs.p95,
            p99: run.latencyMs.p99,
            non2xx: run.non2xx,
            ...(run.readTarget ? { meetsReadTarget: run.readTarget.met } : {}),
          },
        ]),
      ),
    ]),
  ),
  scenarios,
  diagnostics,
};
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-cases.json', `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
await Promise.all([db.end(), monitor.end()]);
await service.close();
process.exit(0);
