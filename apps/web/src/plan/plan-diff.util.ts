import type { components } from '../api/client-plan.openapi.js';

/** Two points of the plan's history compared: a version, and one of its revisions (its latest when left out). */
export interface PlanPoint {
  version: number;
  revision?: number;
}

export type PlanDiff = components['schemas']['PlanDiff'];
export type PlanDifference = PlanDiff['differences'][number];

/** A point of the plan's history in an address: `2` (version 2, its latest revision) or `2.3` (its revision 3). */
export function parsePoint(text: string | null): PlanPoint | null {
  const match = /^(\d{1,6})(?:\.(\d{1,6}))?$/.exec(text?.trim() ?? '');
  if (!match) return null;
  const version = Number(match[1]);
  const revision = match[2] === undefined ? undefined : Number(match[2]);
  if (version < 1 || (revision !== undefined && revision < 1)) return null;
  return revision === undefined ? { version } : { version, revision };
}

export const pointParam = (point: PlanPoint): string =>
  point.revision === undefined ? String(point.version) : `${point.version}.${point.revision}`;

/** The comparison's address. */
export const diffPath = (caseId: string, from: PlanPoint, to: PlanPoint): string =>
  `/cases/${caseId}/plan/diff?from=${pointParam(from)}&to=${pointParam(to)}`;

/** The differences by section, in the plan's order, each section once. */
export function bySection(
  differences: readonly PlanDifference[],
): Array<{ section: PlanDifference['section']; differences: PlanDifference[] }> {
  const groups: Array<{ section: PlanDifference['section']; differences: PlanDifference[] }> = [];
  for (const difference of differences) {
    const group = groups.find((candidate) => candidate.section === difference.section);
    if (group) group.differences.push(difference);
    else groups.push({ section: difference.section, differences: [difference] });
  }
  return groups;
}

/** Every point of a plan's history that can be compared: each revision of each version, oldest first. */
export function historyPoints(
  versions: ReadonlyArray<{ version: number; revisions: ReadonlyArray<{ revision: number }> }>,
): PlanPoint[] {
  return [...versions]
    .sort((a, b) => a.version - b.version)
    .flatMap((version) => version.revisions.map((revision) => ({ version: version.version, revision: revision.revision })));
}

/** A date value in a difference (the review date, an action's start or due) as the Finnish `30.6.2027`; other values as they are. */
export function shownValue(value: string | null, formatDate: (iso: string) => string): string | null {
  if (value === null) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : value;
}

/** The comparison a plan page offers first: the open version against the one in force, else the latest change of the latest version. */
export function latestComparison(plan: {
  inForce: { version: number; revision: number } | null;
  open: { version: number; revision: number } | null;
}): { from: PlanPoint; to: PlanPoint } | null {
  if (plan.open && plan.inForce) return { from: { version: plan.inForce.version }, to: { version: plan.open.version } };
  const latest = plan.open ?? plan.inForce;
  if (!latest) return null;
  if (latest.revision > 1)
    return {
      from: { version: latest.version, revision: latest.revision - 1 },
      to: { version: latest.version, revision: latest.revision },
    };
  return latest.version > 1 ? { from: { version: latest.version - 1 }, to: { version: latest.version } } : null;
}
