import { logger } from '@yhdessa/platform';

/** Thrown by `retryUntil` when the service stops before the work succeeded. */
export class StoppedError extends Error {
  constructor(what: string) {
    super(`${what}: given up, the service is stopping`);
    this.name = 'StoppedError';
  }
}

const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 10_000;

/** The wait before attempt `attempt + 1`: doubling from half a second, at most ten seconds. */
export function retryBackoffMs(attempt: number): number {
  return Math.min(FIRST_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS);
}

/**
 * Runs `work` until it succeeds, waiting longer after each failure, with one log line per failure
 * that names `what` and the error's type and message (Kafka's: addresses and codes, never client
 * data). Ends with a StoppedError as soon as `stop` is aborted, or `work` throws one.
 */
export async function retryUntil<T>(what: string, work: () => Promise<T>, stop: AbortSignal): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    if (stop.aborted) throw new StoppedError(what);
    try {
      return await work();
    } catch (error) {
      if (error instanceof StoppedError) throw error; // what it waited for was given up: so is this
      if (stop.aborted) throw new StoppedError(what);
      const retryInMs = retryBackoffMs(attempt);
      const { name, message } = error as Error;
      logger().warn({ attempt, retryInMs, err: { type: name, message } }, `${what}: not yet, trying again`);
      await sleep(retryInMs, stop);
    }
  }
}

function sleep(ms: number, stop: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    stop.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      stop.removeEventListener('abort', done);
      resolve();
    }
  });
}
