import { checkTaskTransition, taskStatuses, type TaskStatus, type TaskTransition } from './task-status.domain.js';

describe('checkTaskTransition', () => {
  const expected: Record<TaskStatus, Record<TaskStatus, TaskTransition>> = {
    open: { open: 'unchanged', done: 'apply', cancelled: 'apply' },
    done: { open: 'apply', done: 'unchanged', cancelled: 'refused' },
    cancelled: { open: 'refused', done: 'refused', cancelled: 'unchanged' },
  };

  for (const from of taskStatuses) {
    for (const to of taskStatuses) {
      it(`${from} → ${to}: ${expected[from][to]}`, () => {
        expect(checkTaskTransition(from, to)).toBe(expected[from][to]);
      });
    }
  }
});
