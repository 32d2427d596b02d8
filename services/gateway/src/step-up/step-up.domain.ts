/**
 * Which forwarded requests are signatures, and whether a session's sign-in is recent enough for one.
 * A signature of the client plan binds a person to its content, so it needs the password entered
 * within the signing window (Keycloak's `auth_time` in the ID token), not just a live session.
 */

/** A party's answer to a plan version: `POST /cases/:caseId/plan/versions/:version/answers` (routes match any case). */
const planAnswerPath = /^\/cases\/.+\/plan\/versions\/[^/]+\/answers\/?$/i;

/**
 * True for a request that signs: a party's answer `sign` to a plan version, sent to the client-plan
 * service (`servicePath`: the path and query after `/api/client-plan`). The path is read as the
 * service will route it — dot segments resolved, percent-encoding undone — so no spelling of the
 * same address slips past. A comment or a decline is not a signature; neither is anything else.
 */
export function isSignature(method: string, service: string, servicePath: string, body: unknown): boolean {
  if (method.toUpperCase() !== 'POST' || service !== 'client-plan') return false;
  if (typeof body !== 'object' || body === null || (body as { answer?: unknown }).answer !== 'sign') return false;
  return planAnswerPath.test(routedPath(servicePath));
}

function routedPath(servicePath: string): string {
  const { pathname } = new URL(servicePath, 'http://service.invalid');
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/**
 * The identity provider's `auth_time` (seconds since the epoch) as epoch ms, or undefined when the ID
 * token carried none or something else.
 */
export function authenticatedAtFrom(claims: Record<string, unknown> | undefined): number | undefined {
  const authTime = claims?.['auth_time'];
  return typeof authTime === 'number' && Number.isFinite(authTime) && authTime > 0 ? authTime * 1000 : undefined;
}

/**
 * Whether a session authenticated at `authenticatedAt` (epoch ms; unknown counts as long ago) may
 * sign at `now`: within `windowMs` after it. A time ahead of `now` by more than a minute of clock
 * skew is not believed.
 */
export function recentlyAuthenticated(authenticatedAt: number | undefined, now: number, windowMs: number): boolean {
  if (authenticatedAt === undefined) return false;
  if (authenticatedAt - now > 60_000) return false;
  return now - authenticatedAt <= windowMs;
}
