import type { Deadline } from '../api/case-coordination.types.js';
import { groupDeadlines } from './deadline-groups.util.js';

const deadline = (deadlineId: string, status: Deadline['status'], dueOn: string): Deadline => ({
  deadlineId,
  caseId: `case-${deadlineId}`,
  kind: 'assessment-start-decision',
  status,
  dueOn,
  overdue: status === 'overdue',
});

describe('my deadlines by urgency', () => {
  it('puts overdue first, then due soon, then later, each nearest first, and leaves met ones out', () => {
    const groups = groupDeadlines([
      deadline('a', 'open', '2027-03-23'),
      deadline('b', 'overdue', '2026-12-01'),
      deadline('c', 'due-soon', '2027-01-07'),
      deadline('d', 'overdue', '2026-11-20'),
      deadline('e', 'met', '2026-12-30'),
      deadline('f', 'open', '2027-02-01'),
      deadline('g', 'due-soon', '2027-01-05'),
    ]);
    expect(groups.overdue.map((d) => d.deadlineId)).toEqual(['d', 'b']);
    expect(groups.dueSoon.map((d) => d.deadlineId)).toEqual(['g', 'c']);
    expect(groups.later.map((d) => d.deadlineId)).toEqual(['f', 'a']);
  });

  it('gives three empty groups for no deadlines', () => {
    expect(groupDeadlines([])).toEqual({ overdue: [], dueSoon: [], later: [] });
  });
});
