import type { Deadline } from '../api/case-coordination.types.js';

export interface DeadlineGroups {
  overdue: Deadline[];
  dueSoon: Deadline[];
  later: Deadline[];
}

const byDueDate = (a: Deadline, b: Deadline) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '');

/** A worker's open deadlines by urgency, as the service judged it, each group nearest first; met ones are left out. */
export function groupDeadlines(deadlines: readonly Deadline[]): DeadlineGroups {
  const sorted = [...deadlines].sort(byDueDate);
  return {
    overdue: sorted.filter((deadline) => deadline.status === 'overdue'),
    dueSoon: sorted.filter((deadline) => deadline.status === 'due-soon'),
    later: sorted.filter((deadline) => deadline.status === 'open'),
  };
}
