import { timingSafeEqual } from 'node:crypto';

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const isStateChanging = (method: string): boolean => stateChanging.has(method.toUpperCase());

/** Whether the header repeats the session's token (compared in constant time). */
export function csrfTokenMatches(offered: string | string[] | undefined, expected: string): boolean {
  if (typeof offered !== 'string' || offered.length === 0) return false;
  const a = Buffer.from(offered);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
