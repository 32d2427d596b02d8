/**
 * What a page section shows while its own query is on its way. A service that does not answer must
 * not leave a section spinning: after a failed attempt, or after `patienceMs` of waiting, the section
 * says calmly that the service is not answering (and offers to try again), while the query may still
 * retry quietly behind it. An answer that comes later replaces the notice.
 */
export type SectionView = 'loading' | 'unavailable' | 'ready';

export interface SectionQueryState {
  status: 'pending' | 'error' | 'success';
  /** Failed attempts of the fetch under way (TanStack Query's `failureCount`). */
  failureCount: number;
  /** How many times the query has ended in an error, ever: a refetch after an error starts from "pending" again. */
  errorUpdateCount: number;
}

/** How long a section waits for its first answer before saying the service is not answering. */
export const sectionPatienceMs = 8_000;

export function sectionView(query: SectionQueryState, pendingForMs: number, patienceMs = sectionPatienceMs): SectionView {
  if (query.status === 'success') return 'ready';
  if (query.status === 'error') return 'unavailable';
  if (query.failureCount > 0 || query.errorUpdateCount > 0 || pendingForMs >= patienceMs) return 'unavailable';
  return 'loading';
}
