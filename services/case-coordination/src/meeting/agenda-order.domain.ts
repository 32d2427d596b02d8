/** A team case as the agenda sees it. */
export interface AgendaCandidate {
  caseId: string;
  openedAt: Date;
  /** ISO date of the case's nearest unmet statutory deadline, or null when none is open (or none is tracked). */
  nearestDeadline: string | null;
}

/**
 * The order a systemic team goes through its cases: the nearest open statutory deadline first;
 * cases without one follow, the longest open first. With no deadlines at all this is plain
 * opened-at order. Ties keep a stable order by case id.
 */
export function orderAgenda(cases: readonly AgendaCandidate[]): string[] {
  return [...cases].sort(compareCandidates).map((candidate) => candidate.caseId);
}

function compareCandidates(a: AgendaCandidate, b: AgendaCandidate): number {
  if (a.nearestDeadline !== b.nearestDeadline) {
    if (a.nearestDeadline === null) return 1;
    if (b.nearestDeadline === null) return -1;
    return a.nearestDeadline < b.nearestDeadline ? -1 : 1;
  }
  const byOpening = a.openedAt.getTime() - b.openedAt.getTime();
  if (byOpening !== 0) return byOpening;
  return a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0;
}
