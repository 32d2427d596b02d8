import type { Agency } from '@yhdessa/contracts';
import type { PlanAction } from '../plan-record/plan-content.schema.js';

/** Who moves an action: the person responsible for it, or a professional of its responsible agency. */
export function mayUpdateAction(
  action: Pick<PlanAction, 'agency' | 'responsible'>,
  caller: { userId: string; agency: Agency },
): boolean {
  return action.responsible.userId === caller.userId || action.agency === caller.agency;
}

/** An action is overdue on a day when it is not done nor cancelled and its due date has passed. */
export function isOverdue(action: Pick<PlanAction, 'due'>, status: string, today: string): boolean {
  return status !== 'done' && status !== 'cancelled' && action.due < today;
}
