import type { components, paths } from '../api/client-plan.openapi.js';

export type MyAction = components['schemas']['MyPlanAction'];
export type ActionStatus = MyAction['status'];
export type ActionUpdate =
  paths['/cases/{caseId}/plan/actions/{actionId}/updates']['post']['requestBody']['content']['application/json'];

export const actionStatuses: readonly ActionStatus[] = ['planned', 'ongoing', 'done', 'cancelled'];

/** Whether an action still asks something of its owner (neither done nor cancelled). */
export const isOpen = (action: Pick<MyAction, 'status'>) => action.status !== 'done' && action.status !== 'cancelled';

/** What the home shows: the open actions, overdue first as the service orders them, at most `limit`, and how many more there are. */
export function homeActions(actions: readonly MyAction[], limit = 5): { shown: MyAction[]; more: number; overdue: number } {
  const open = actions.filter(isOpen);
  return {
    shown: open.slice(0, limit),
    more: Math.max(0, open.length - limit),
    overdue: open.filter((action) => action.overdue).length,
  };
}

/** The update to send, or the key of what to correct: a status must change or a note be written. */
export function toActionUpdate(
  current: ActionStatus,
  form: { status: ActionStatus; note: string },
): { update: ActionUpdate } | { error: string } {
  const note = form.note.trim();
  if (form.status === current && note === '') return { error: 'myActions.nothingToSave' };
  return { update: note === '' ? { status: form.status } : { status: form.status, note } };
}

/** The case's child as the reader's own case list names them, when it does. */
export function childNameOf(caseId: string, cases: ReadonlyArray<{ id?: string | null; childName?: string | null }> | undefined) {
  return cases?.find((kase) => kase.id === caseId)?.childName ?? null;
}
