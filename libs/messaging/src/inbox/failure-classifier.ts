/**
 * Thrown by a handler when something it depends on is unavailable and the same event will succeed
 * later. Such failures are never dead-lettered: the offset stays uncommitted until they pass.
 */
export class TransientError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransientError';
  }
}

export type FailureKind = 'transient' | 'permanent';

// PostgreSQL SQLSTATE classes and codes that say "try again", not "this event is wrong".
const transientSqlStates = [/^08/, /^40001$/, /^40P01$/, /^53/, /^57P0[1-3]$/, /^55P03$/];
const transientNodeCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const transientMessages = [/Connection terminated/i, /connection.*(closed|ended)/i, /timeout exceeded when trying to connect/i];

/** Infrastructure failures are transient; everything else is the handler's or the event's fault. */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof TransientError) return 'transient';
  const candidates = [error, (error as { driverError?: unknown })?.driverError, (error as { cause?: unknown })?.cause];
  for (const candidate of candidates) {
    if (!candidate || typeof candidate !== 'object') continue;
    const code = (candidate as { code?: unknown }).code;
    if (typeof code === 'string' && (transientNodeCodes.has(code) || transientSqlStates.some((state) => state.test(code)))) {
      return 'transient';
    }
    const message = (candidate as { message?: unknown }).message;
    if (typeof message === 'string' && transientMessages.some((pattern) => pattern.test(message))) return 'transient';
  }
  return 'permanent';
}

/** Exponential backoff with a cap: 100, 200, 400 ms … */
export function backoffMs(attempt: number, initialMs: number, maxMs: number): number {
  return Math.min(initialMs * 2 ** (attempt - 1), maxMs);
}
