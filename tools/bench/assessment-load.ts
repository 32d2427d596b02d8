import 'reflect-metadata';
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The load side of `npm run bench:assessment`, in a worker thread of its own so that sending and
 * reading does not share the measured service's event loop (it still shares the machine's cores).
 * `users` loops each send a request, read the whole answer, think (exponentially distributed around
 * `thinkMs`; 0: back to back) and send the next, for the warm-up and then the measured seconds; only
 * requests started in the measured window count. `cycle`: the requests are taken round and round;
 * `once`: each is sent once (a submission can be made only once), and the run ends early when they run out.
 */
export interface AssessmentBenchRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export interface AssessmentLoadSpec {
  url: string;
  token: string;
  requests: AssessmentBenchRequest[];
  mode: 'cycle' | 'once';
  users: number;
  thinkMs: number;
  warmupSeconds: number;
  seconds: number;
}

export interface AssessmentLoadResult {
  latenciesMs: number[];
  seconds: number;
  byStatus: Record<string, number>;
  non2xx: number;
  warmupRequests: number;
  bytes: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1_000 });

function send(url: URL, token: string, request: AssessmentBenchRequest): Promise<{ status: number; bytes: number }> {
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      new URL(request.path, url),
      {
        method: request.method,
        agent,
        headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      },
      (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * A request, sent again once when the server had closed the idle keep-alive connection it went out on
 * (ECONNRESET: a client-side artefact of long think times, not an answer); any other failure counts as status 0.
 */
async function sendOnce(url: URL, token: string, request: AssessmentBenchRequest): Promise<{ status: number; bytes: number }> {
  try {
    return await send(url, token, request);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') {
      return send(url, token, request).catch(() => ({ status: 0, bytes: 0 }));
    }
    return { status: 0, bytes: 0 };
  }
}

const think = (meanMs: number) =>
  meanMs <= 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, -Math.log(1 - Math.random()) * meanMs));

export async function runLoad(spec: AssessmentLoadSpec, onMeasuring: () => void): Promise<AssessmentLoadResult> {
  const url = new URL(spec.url);
  const result: AssessmentLoadResult = {
    latenciesMs: [],
    seconds: spec.seconds,
    byStatus: {},
    non2xx: 0,
    warmupRequests: 0,
    bytes: 0,
  };
  const start = performance.now();
  const measureFrom = start + spec.warmupSeconds * 1_000;
  const end = measureFrom + spec.seconds * 1_000;
  let next = 0;
  let measuring = false;
  let ranOut = false;
  const user = async () => {
    await think(spec.thinkMs);
    while (performance.now() < end) {
      if (spec.mode === 'once' && next >= spec.requests.length) {
        ranOut = true;
        return;
      }
      const request = spec.requests[next++ % spec.requests.length]!;
      const sent = performance.now();
      if (!measuring && sent >= measureFrom) {
        measuring = true;
        onMeasuring();
      }
      const { status, bytes } = await sendOnce(url, spec.token, request);
      const took = performance.now() - sent;
      if (sent >= measureFrom) {
        result.latenciesMs.push(took);
        result.byStatus[status] = (result.byStatus[status] ?? 0) + 1;
        if (status < 200 || status > 299) result.non2xx += 1;
        result.bytes += bytes;
      } else result.warmupRequests += 1;
      await think(spec.thinkMs);
    }
  };
  await Promise.all(Array.from({ length: spec.users }, user));
  if (ranOut) result.seconds = Math.max(0.001, (Math.min(performance.now(), end) - measureFrom) / 1_000);
  return result;
}

if (parentPort && workerData?.assessmentLoad) {
  const port = parentPort;
  const result = await runLoad(workerData.assessmentLoad as AssessmentLoadSpec, () => port.postMessage({ type: 'measuring' }));
  port.postMessage({ type: 'done', result });
}
