import 'reflect-metadata';
import { Agent, request as httpRequest } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { caseOrigins } from '@yhdessa/contracts';
import { fetchToken } from '@yhdessa/testing';

/**
 * The load side of `npm run bench:cases`, in a worker thread of its own, so that making requests and
 * reading answers does not share an event loop with the service it measures (it still shares the
 * machine's cores). USERS loops each send one request, wait for the whole answer, think (a random
 * pause, exponentially distributed around `thinkMs`; 0: none, back to back) and send the next, for
 * the warm-up and then the measured seconds; only requests started in the measured window count.
 * Requests go over keep-alive connections with node:http, the lightest client at hand, so the load
 * side takes as little of the shared cores as it can.
 */
export type ScenarioName = 'openCase' | 'readCase' | 'timeline' | 'myDeadlines';

export interface LoadSpec {
  url: string;
  scenario: ScenarioName;
  username: string;
  /** Cases the user is on the care team of (the read scenarios pick one at random per request). */
  caseIds: string[];
  users: number;
  /** Mean pause between a user's answer and their next request; 0 sends back to back. */
  thinkMs: number;
  warmupSeconds: number;
  seconds: number;
  /** notifier name that marks the cases this run opens, so they can be removed afterwards. */
  openedMarker: string;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  latenciesMs: number[];
  /** Answers by status in the measured window. */
  byStatus: Record<string, number>;
  non2xx: number;
  warmupRequests: number;
  warmupNon2xx: number;
  /** Share of the measured window the load thread's event loop was busy (near 1: the load itself is a limit). */
  loadEventLoopBusy: number;
  /** `status code` of the non-2xx answers (problem `code` when there was one), with counts; warm-up ones marked. */
  problems: Record<string, number>;
}

export type LoadMessage = { type: 'measuring' } | { type: 'done'; result: LoadResult };

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const FIRST_NAMES = ['Aada', 'Eino', 'Lumi', 'Väinö', 'Isla', 'Aatos', 'Minea', 'Hugo', 'Ilona', 'Otso'];
const LAST_NAMES = ['Lindqvist', 'Kallio', 'Rantala', 'Peltonen', 'Turunen', 'Karjalainen', 'Manninen'];
const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)]!;

/**
 * A child's identity not used yet in this run: a valid personal identity code of a child born
 * 2009–2020 with an individual number 500–899 (the seed uses 2–499, and every case a run opens is
 * removed after it), or on one request in ten only a date of birth (a child without a code).
 */
function childIdentity(used: Set<string>): { personalIdentityCode?: string; dateOfBirth: string } {
  for (;;) {
    const dateOfBirth = new Date(Date.UTC(2009, 0, 1) + Math.floor(Math.random() * 12 * 365) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    if (Math.random() < 0.1) return { dateOfBirth };
    const [year, month, day] = dateOfBirth.split('-') as [string, string, string];
    const individual = String(500 + Math.floor(Math.random() * 400));
    const digits = `${day}${month}${year.slice(2)}${individual}`;
    const code = `${day}${month}${year.slice(2)}A${individual}${CHECK_CHARACTERS[Number(digits) % 31]}`;
    if (used.has(code)) continue;
    used.add(code);
    return { personalIdentityCode: code, dateOfBirth };
  }
}

export function requestFor(spec: LoadSpec, used: Set<string>): BenchRequest {
  const caseId = () => pick(spec.caseIds);
  switch (spec.scenario) {
    case 'openCase':
      return {
        method: 'POST',
        path: '/cases',
        body: {
          origin: pick(caseOrigins),
          receivedAt: new Date(Date.now() - Math.floor(Math.random() * 72) * 3_600_000 - 60_000).toISOString(),
          language: 'fi',
          child: { name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, ...childIdentity(used) },
          guardians: [{ name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, userId: null }],
          notification: {
            channel: 'school',
            notifierName: spec.openedMarker,
            content: 'Absent from school for several weeks; seems withdrawn.',
          },
        },
      };
    case 'readCase':
      return { method: 'GET', path: `/cases/${caseId()}` };
    case 'timeline':
      return { method: 'GET', path: `/cases/${caseId()}/timeline` };
    case 'myDeadlines':
      return { method: 'GET', path: '/deadlines/mine' };
  }
}

function problemCode(body: string): string {
  try {
    return String((JSON.parse(body) as { code?: unknown }).code ?? '');
  } catch {
    return '';
  }
}

/** One request over the agent's keep-alive connections: its status and its whole body. */
function send(agent: Agent, url: URL, request: BenchRequest, token: string): Promise<{ status: number; body: string }> {
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: request.method,
        path: request.path,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          ...(body === undefined ? {} : { 'content-length': Buffer.byteLength(body) }),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A pause exponentially distributed around `meanMs` (how long people take between clicks varies). */
const thinkTime = (meanMs: number) => (meanMs <= 0 ? 0 : -Math.log(1 - Math.random()) * meanMs);
const pause = (ms: number) => (ms <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, ms)));

export async function runLoad(spec: LoadSpec, onMeasuring: () => void): Promise<LoadResult> {
  const used = new Set<string>();
  const latenciesMs: number[] = [];
  const byStatus: Record<string, number> = {};
  const problems: Record<string, number> = {};
  let warmupRequests = 0;
  let warmupNon2xx = 0;
  let lastCompletion = 0;
  // Tokens are fetched once per user and refreshed before they expire, outside the timed part.
  await fetchToken(spec.username);
  const started = performance.now();
  const measureFrom = started + spec.warmupSeconds * 1_000;
  const measureUntil = measureFrom + spec.seconds * 1_000;
  let eventLoopAtStart = performance.eventLoopUtilization();
  setTimeout(() => {
    eventLoopAtStart = performance.eventLoopUtilization();
    onMeasuring();
  }, spec.warmupSeconds * 1_000).unref();

  const url = new URL(spec.url);
  const agent = new Agent({ keepAlive: true, maxSockets: spec.users });
  const loop = async () => {
    // Users start spread over one think time, as they would be, not all in the same instant.
    await pause(Math.random() * spec.thinkMs);
    while (performance.now() < measureUntil) {
      const request = requestFor(spec, used);
      const token = await fetchToken(spec.username);
      const sentAt = performance.now();
      let status: number;
      let code = '';
      try {
        const response = await send(agent, url, request, token);
        status = response.status;
        if (status < 200 || status >= 300) code = problemCode(response.body);
      } catch (error) {
        status = 0;
        code = (error as Error).name;
      }
      const doneAt = performance.now();
      const ok = status >= 200 && status < 300;
      if (sentAt < measureFrom) {
        warmupRequests += 1;
        if (!ok) {
          warmupNon2xx += 1;
          problems[`warm-up ${status} ${code}`.trim()] = (problems[`warm-up ${status} ${code}`.trim()] ?? 0) + 1;
        }
      } else {
        latenciesMs.push(doneAt - sentAt);
        lastCompletion = Math.max(lastCompletion, doneAt);
        byStatus[status] = (byStatus[status] ?? 0) + 1;
        if (!ok) problems[`${status} ${code}`.trim()] = (problems[`${status} ${code}`.trim()] ?? 0) + 1;
      }
      await pause(Math.min(thinkTime(spec.thinkMs), measureUntil - performance.now()));
    }
  };
  await Promise.all(Array.from({ length: spec.users }, loop));
  agent.destroy();
  const loadEventLoopBusy = Number(performance.eventLoopUtilization(eventLoopAtStart).utilization.toFixed(3));
  const seconds = (Math.max(lastCompletion, measureUntil) - measureFrom) / 1_000;
  const non2xx = Object.entries(byStatus).reduce(
    (sum, [status, count]) => (Number(status) >= 200 && Number(status) < 300 ? sum : sum + count),
    0,
  );
  return {
    requests: latenciesMs.length,
    seconds,
    latenciesMs,
    byStatus,
    non2xx,
    warmupRequests,
    warmupNon2xx,
    loadEventLoopBusy,
    problems,
  };
}

if (parentPort && (workerData as { loadSpec?: LoadSpec } | null)?.loadSpec) {
  const port = parentPort;
  const spec = (workerData as { loadSpec: LoadSpec }).loadSpec;
  // A failure rejects here, which ends the worker with an 'error' event the bench reports.
  void runLoad(spec, () => port.postMessage({ type: 'measuring' } satisfies LoadMessage)).then((result) =>
    port.postMessage({ type: 'done', result } satisfies LoadMessage),
  );
}
