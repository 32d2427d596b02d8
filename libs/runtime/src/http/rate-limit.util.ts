/** The methods that change something: only these count against a user's write limit. */
const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const isWrite = (method: string): boolean => writeMethods.has(method.toUpperCase());

/** `Retry-After` in whole seconds, rounded up and never 0: a client that waits that long gets through. */
export const retryAfterSeconds = (waitMs: number): number => Math.max(1, Math.ceil(waitMs / 1_000));

/** One sliding window per service and user (the token's `sub`), shared by every instance of the service. */
export const writeLimitKey = (service: string, userId: string): string => `rate-limit:writes:${service}:${userId}`;
