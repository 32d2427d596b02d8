import type { Sight } from '@yhdessa/access';
import type { Agency } from '@yhdessa/contracts';
import type { PlanActionStatus } from '../plan-record/plan-action-update.entity.js';
import type { PlanAction, PlanContent } from '../plan-record/plan-content.schema.js';
import { seesAction } from '../plan-record/plan-visibility.domain.js';
import { isOverdue, mayUpdateAction } from './plan-action.domain.js';

/** Where an action stands: its latest update, if any. */
export interface ActionProgress {
  status: PlanActionStatus;
  note: string | null;
  updatedAt: Date;
  byName: string;
}

/** One action of a plan in force that is the reader's to move: theirs by name, or their agency's. */
export interface MyAction {
  caseId: string;
  version: number;
  action: PlanAction;
  /** Why it is theirs: they are the person responsible, or their agency is. */
  mine: 'person' | 'agency';
  status: PlanActionStatus;
  note: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  overdue: boolean;
}

/**
 * The actions of one case's plan in force that are the reader's: those they see by the visibility
 * rule and may move (the person responsible, or a professional of its agency); done and cancelled
 * ones too, so that what was done stays in view.
 */
export function myActionsOf(
  plan: { caseId: string; version: number; content: PlanContent },
  reader: { userId: string; agency: Agency; sight: Sight },
  progress: ReadonlyMap<string, ActionProgress>,
  today: string,
): MyAction[] {
  return plan.content.actions
    .filter((action) => seesAction(action, reader.sight, reader.userId) && mayUpdateAction(action, reader))
    .map((action) => {
      const latest = progress.get(action.id);
      const status = latest?.status ?? 'planned';
      return {
        caseId: plan.caseId,
        version: plan.version,
        action,
        mine: action.responsible.userId === reader.userId ? ('person' as const) : ('agency' as const),
        status,
        note: latest?.note ?? null,
        updatedAt: latest?.updatedAt.toISOString() ?? null,
        updatedBy: latest?.byName ?? null,
        overdue: isOverdue(action, status, today),
      };
    });
}

const settled = (action: MyAction) => action.status === 'done' || action.status === 'cancelled';

/** The order a list of one's actions is read in: overdue first, then open ones by due date, settled ones last. */
export function byUrgency(a: MyAction, b: MyAction): number {
  const rank = (action: MyAction) => (action.overdue ? 0 : settled(action) ? 2 : 1);
  return (
    rank(a) - rank(b) ||
    (a.action.due < b.action.due ? -1 : a.action.due > b.action.due ? 1 : 0) ||
    (a.caseId < b.caseId ? -1 : a.caseId > b.caseId ? 1 : 0) ||
    (a.action.id < b.action.id ? -1 : a.action.id > b.action.id ? 1 : 0)
  );
}
