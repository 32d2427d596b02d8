import type { ExpertKind } from '@yhdessa/contracts';
import { minutesOf } from '../booking-record/helsinki-time.util.js';
import type { ExpertRecord } from '../booking-record/expert.record.js';

/** The agency each kind of expert works for: the pools are by agency and kind. */
export const agencyOfKind: Record<ExpertKind, ExpertRecord['agency']> = {
  'child-protection-consultant': 'child-protection',
  'systemic-clinician': 'child-protection',
  'special-needs-teacher': 'school',
  'liaison-nurse': 'psychiatry',
  'liaison-clinician': 'psychiatry',
};

/** Whether two of a week's windows overlap on the same weekday (each must stand alone). */
export function windowsOverlap(windows: ReadonlyArray<{ weekday: number; starts: string; ends: string }>): boolean {
  const sorted = [...windows].sort((a, b) => a.weekday - b.weekday || minutesOf(a.starts) - minutesOf(b.starts));
  return sorted.some((window, index) => {
    const next = sorted[index + 1];
    return next !== undefined && next.weekday === window.weekday && minutesOf(next.starts) < minutesOf(window.ends);
  });
}

/** Who may change an expert's availability: the expert themself or a service manager. */
export const mayManageExpert = (expert: Pick<ExpertRecord, 'userId'>, caller: { userId: string; roles: readonly string[] }) =>
  expert.userId === caller.userId || caller.roles.includes('service-manager');
