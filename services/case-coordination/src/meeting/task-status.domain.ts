export const taskStatuses = ['open', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

/** Where a task may go from each status: done can be reopened; a cancelled task stays cancelled. */
const next: Record<TaskStatus, readonly TaskStatus[]> = {
  open: ['done', 'cancelled'],
  done: ['open'],
  cancelled: [],
};

export type TaskTransition = 'apply' | 'unchanged' | 'refused';

/** Whether a task's status may change; asking for the status it already has changes nothing. */
export function checkTaskTransition(from: TaskStatus, to: TaskStatus): TaskTransition {
  if (from === to) return 'unchanged';
  return next[from].includes(to) ? 'apply' : 'refused';
}
