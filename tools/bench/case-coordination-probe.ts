import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { currentCorrelationId } from '@yhdessa/platform';
import pg from 'pg';
import { percentiles } from './latency-stats.js';

/**
 * What `npm run bench:cases` looks at besides latency, to tell why something is slow: the SQL one
 * request sends (every statement the service's pg clients send under the request's correlation id,
 * with its time), EXPLAIN ANALYZE of the reads among them with the same parameters, what the
 * database backends wait on while the load runs, the service's connection-pool queue, and how busy
 * the machine's cores are.
 */

interface CapturedStatement {
  sql: string;
  parameters: unknown[];
  /** When it was sent and when its answer came, from the start of the request (ms). */
  sentAt: number;
  doneAt: number;
  ms: number;
}

let capture: { correlationId: string; startedAt: number; statements: CapturedStatement[] } | undefined;
/** While the load runs: how long each transaction held the audit chain's advisory lock. */
let lockWatch: { holdsMs: number[] } | undefined;
const lockedAt = new WeakMap<object, number>();

type Query = (this: pg.Client, ...args: unknown[]) => unknown;
const originalQuery = pg.Client.prototype.query as unknown as Query;
let patched = false;
const LOCK = /pg_advisory_xact_lock/;
const END = /^\s*(COMMIT|ROLLBACK)\b/i;

/**
 * Wraps pg's Client.query once (the service's connections are pg clients of this process). It
 * records a request's statements while `anatomyOf` runs, and audit-lock hold times while a load
 * observation runs; otherwise it passes straight through.
 */
function patchPg(): void {
  if (patched) return;
  patched = true;
  (pg.Client.prototype as unknown as { query: Query }).query = function (this: pg.Client, ...args: unknown[]) {
    const active = capture && currentCorrelationId() === capture.correlationId ? capture : undefined;
    const watch = lockWatch;
    if (!active && !watch) return originalQuery.apply(this, args);
    const [first, second] = args;
    const sql = typeof first === 'string' ? first : String((first as { text?: unknown })?.text ?? '');
    const parameters = Array.isArray(second) ? second : ((first as { values?: unknown[] })?.values ?? []);
    const started = performance.now();
    const result = originalQuery.apply(this, args);
    const record = () => {
      const done = performance.now();
      if (active)
        active.statements.push({
          sql,
          parameters,
          sentAt: started - active.startedAt,
          doneAt: done - active.startedAt,
          ms: done - started,
        });
      if (watch && LOCK.test(sql)) lockedAt.set(this, done);
      else if (watch && END.test(sql)) {
        const since = lockedAt.get(this);
        lockedAt.delete(this);
        if (since !== undefined) watch.holdsMs.push(done - since);
      }
    };
    if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(record, record);
    else record();
    return result;
  };
}

const oneLine = (sql: string) => sql.replace(/\s+/g, ' ').trim();
const shorten = (sql: string, length = 140) =>
  oneLine(sql).length > length ? `${oneLine(sql).slice(0, length)}…` : oneLine(sql);

export interface StatementGroup {
  sql: string;
  count: number;
  totalMs: number;
}

export interface RequestAnatomy {
  status: number;
  ms: number;
  statements: number;
  /** The statements in the order first sent, the same text grouped. */
  groups: StatementGroup[];
  /**
   * How long the request held the audit chain's lock: from the answer to `pg_advisory_xact_lock`
   * to the answer to the COMMIT that released it. Every audited read of the service waits that long
   * behind it. Null when the request took no lock.
   */
  auditLockHeldMs: number | null;
  /** Round trips to the database made while holding that lock (the COMMIT included). */
  roundTripsUnderAuditLock: number | null;
  /** EXPLAIN (ANALYZE, BUFFERS) of each SELECT among them that reads tables, with its parameters. */
  plans: Record<string, string[]>;
}

/** Sends one request with a correlation id of its own and reports the SQL the service sent for it. */
export async function anatomyOf(
  request: () => Promise<{ status: number }>,
  correlationId: string,
  explain: pg.Client,
): Promise<RequestAnatomy> {
  patchPg();
  const started = performance.now();
  capture = { correlationId, startedAt: started, statements: [] };
  // Every statement of the request has finished by the time its answer has arrived.
  const { status } = await request();
  const ms = performance.now() - started;
  const statements = [...capture.statements].sort((a, b) => a.sentAt - b.sentAt);
  capture = undefined;
  const groups: StatementGroup[] = [];
  const byText = new Map<string, StatementGroup>();
  for (const statement of statements) {
    const key = oneLine(statement.sql);
    let group = byText.get(key);
    if (!group) {
      group = { sql: shorten(statement.sql), count: 0, totalMs: 0 };
      byText.set(key, group);
      groups.push(group);
    }
    group.count += 1;
    group.totalMs += statement.ms;
  }
  for (const group of groups) group.totalMs = Number(group.totalMs.toFixed(2));
  const ordered = statements;
  const locked = ordered.findIndex((statement) => LOCK.test(statement.sql));
  const released = locked < 0 ? -1 : ordered.findIndex((statement, index) => index > locked && END.test(statement.sql));
  const auditLockHeldMs = released < 0 ? null : Number((ordered[released]!.doneAt - ordered[locked]!.doneAt).toFixed(2));
  const roundTripsUnderAuditLock = released < 0 ? null : released - locked;
  const plans: Record<string, string[]> = {};
  const explained = new Set<string>();
  for (const statement of statements) {
    const key = oneLine(statement.sql);
    if (explained.has(key) || !/^select\b/i.test(key) || !/\bfrom\b/i.test(key) || /advisory/i.test(key)) continue;
    explained.add(key);
    const result = await explain.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`,
      statement.parameters,
    );
    plans[shorten(statement.sql, 100)] = result.rows.map((row) => row['QUERY PLAN']);
  }
  return {
    status,
    ms: Number(ms.toFixed(2)),
    statements: statements.length,
    groups,
    auditLockHeldMs,
    roundTripsUnderAuditLock,
    plans,
  };
}

export interface LoadObservation {
  /**
   * Sampled non-idle backends (connections) of the service's database, mean count and share by what they were
   * doing: running (on CPU), waiting on a lock or I/O (`type:event`), or `idle in transaction`
   * (the transaction is open and the database waits for the service's next statement).
   */
  databaseBackends: { samples: number; meanActive: number; waits: Record<string, number> };
  /** The service's pg pool: requests queued for one of its connections. */
  pool: { size: number; meanWaiting: number; maxWaiting: number };
  /**
   * The service's transactions that took an audit-chain advisory lock in the window: how long each
   * held it (from the lock's answer to the COMMIT's), and how many held one at a time on average
   * (the sum of the hold times over the window). With one lock for the whole chain, a mean near 1
   * means the lock was never free: appends were serialised, and 1 / mean hold is the ceiling on
   * audited requests per second.
   */
  auditLock: { transactions: number; heldMs: Record<string, number>; meanHeldMs: number; meanHolders: number };
  /**
   * Where the machine's cores went over the window, in cores: this process (service and load
   * threads), the PostgreSQL backends serving the service, and everything else (Kafka, Keycloak,
   * PostgreSQL's background work, other processes on the shared machine).
   */
  cores: {
    machine: number;
    busy: number | null;
    benchProcess: number;
    postgresBackends: number | null;
    everythingElse: number | null;
  };
  /** Share of the window the service's event loop (this process's main thread) was busy. */
  serviceEventLoopBusy: number;
  /**
   * How late the service's event loop came back to a timer (sampled every 10 ms), in ms: what any
   * request arriving then waited before the service even looked at it. A long max with low busy
   * means something held the thread (a long task, a garbage collection) or the machine took the core.
   */
  serviceEventLoopDelayMs: { p50: number; p99: number; max: number };
}

/** USER_HZ: the unit of the CPU times in /proc on Linux. */
const CLOCK_TICKS_PER_SECOND = 100;

function cpuTimes(): { busy: number; total: number } | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.reduce((sum, value) => sum + value, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** User and system CPU of one process so far, in clock ticks; null when it cannot be read. */
function processTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/** Samples every 200 ms from `start()` until `stop()`. */
export function observeLoad(
  monitor: pg.Client,
  database: string,
  pool: { waitingCount: number; totalCount: number; options?: { max?: number } },
): { start(): void; stop(): Promise<LoadObservation> } {
  patchPg();
  let timer: NodeJS.Timeout | undefined;
  let sampling: Promise<void> = Promise.resolve();
  let samples = 0;
  let activeSum = 0;
  let waitingSum = 0;
  let maxWaiting = 0;
  const waits: Record<string, number> = {};
  const backendTicks = new Map<number, { first: number; last: number }>();
  let cpuAtStart: ReturnType<typeof cpuTimes> = null;
  let processAtStart = process.cpuUsage();
  let startedAt = 0;
  let eventLoopAtStart = performance.eventLoopUtilization();
  const eventLoopDelay = monitorEventLoopDelay({ resolution: 10 });
  const watch = { holdsMs: [] as number[] };
  const sample = async () => {
    const waiting = pool.waitingCount;
    waitingSum += waiting;
    maxWaiting = Math.max(maxWaiting, waiting);
    const rows = await monitor.query<{ pid: number; wait: string | null }>(
      `SELECT pid, CASE WHEN state = 'idle' THEN NULL WHEN state = 'active' THEN coalesce(wait_event_type || ':' || wait_event, 'running') ELSE state END AS wait
       FROM pg_stat_activity
       WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend' AND query NOT LIKE 'LISTEN%'`,
      [database],
    );
    samples += 1;
    for (const row of rows.rows) {
      const ticks = processTicks(row.pid);
      if (ticks !== null) {
        const seen = backendTicks.get(row.pid);
        backendTicks.set(row.pid, { first: seen?.first ?? ticks, last: ticks });
      }
      if (row.wait === null) continue;
      waits[row.wait] = (waits[row.wait] ?? 0) + 1;
      activeSum += 1;
    }
  };
  return {
    start() {
      cpuAtStart = cpuTimes();
      processAtStart = process.cpuUsage();
      eventLoopAtStart = performance.eventLoopUtilization();
      eventLoopDelay.reset();
      eventLoopDelay.enable();
      startedAt = performance.now();
      lockWatch = watch;
      sampling = sample();
      timer = setInterval(() => {
        sampling = sampling.then(sample, sample);
      }, 200);
    },
    async stop() {
      clearInterval(timer);
      await sampling.catch(() => undefined);
      lockWatch = undefined;
      const eventLoop = performance.eventLoopUtilization(eventLoopAtStart);
      eventLoopDelay.disable();
      // The histogram counts from the timer's due time, so its 10 ms resolution is taken off.
      const delayMs = (nanoseconds: number) => Number(Math.max(0, nanoseconds / 1e6 - 10).toFixed(1));
      const cpuAtEnd = cpuTimes();
      const processUsed = process.cpuUsage(processAtStart);
      const seconds = (performance.now() - startedAt) / 1_000;
      const totalActive = Object.values(waits).reduce((sum, count) => sum + count, 0);
      const shares = Object.fromEntries(
        Object.entries(waits)
          .sort(([, a], [, b]) => b - a)
          .map(([wait, count]) => [wait, Number((count / Math.max(1, totalActive)).toFixed(3))]),
      );
      const machine = cpus().length;
      const busy =
        cpuAtStart && cpuAtEnd
          ? ((cpuAtEnd.busy - cpuAtStart.busy) / Math.max(1, cpuAtEnd.total - cpuAtStart.total)) * machine
          : null;
      const benchProcess = (processUsed.user + processUsed.system) / 1e6 / seconds;
      const postgresBackends =
        backendTicks.size === 0
          ? null
          : [...backendTicks.values()].reduce((sum, { first, last }) => sum + last - first, 0) / CLOCK_TICKS_PER_SECOND / seconds;
      const round = (value: number | null) => (value === null ? null : Number(value.toFixed(2)));
      const held = watch.holdsMs;
      const heldTotal = held.reduce((sum, value) => sum + value, 0);
      return {
        databaseBackends: { samples, meanActive: Number((activeSum / Math.max(1, samples)).toFixed(2)), waits: shares },
        pool: {
          size: pool.options?.max ?? Number.NaN,
          meanWaiting: Number((waitingSum / Math.max(1, samples)).toFixed(1)),
          maxWaiting,
        },
        auditLock: {
          transactions: held.length,
          meanHeldMs: Number((heldTotal / Math.max(1, held.length)).toFixed(2)),
          heldMs: percentiles([...held], [50, 99]),
          meanHolders: Number((heldTotal / (seconds * 1_000)).toFixed(3)),
        },
        cores: {
          machine,
          busy: round(busy),
          benchProcess: round(benchProcess)!,
          postgresBackends: round(postgresBackends),
          everythingElse:
            busy === null || postgresBackends === null ? null : round(Math.max(0, busy - benchProcess - postgresBackends)),
        },
        serviceEventLoopBusy: Number(eventLoop.utilization.toFixed(3)),
        serviceEventLoopDelayMs: {
          p50: delayMs(eventLoopDelay.percentile(50)),
          p99: delayMs(eventLoopDelay.percentile(99)),
          max: delayMs(eventLoopDelay.max),
        },
      };
    },
  };
}
