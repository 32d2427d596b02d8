import type { PlanContent } from '../plan-record/plan-content.schema.js';
import type { PlanSignatoryEntity } from '../plan-record/plan-signatory.entity.js';
import type { PlanSignatureEntity } from '../plan-record/plan-signature.entity.js';
import { isOverdue } from '../plan-action/plan-action.domain.js';

/**
 * What happens to a version out for signing at `now`: its round has ended (`expire`: back to draft),
 * its end is within `remindBeforeMs` (`remind` those who have not answered), or nothing yet.
 */
export function roundStanding(expiresAt: Date, now: Date, remindBeforeMs: number): 'expire' | 'remind' | 'open' {
  if (expiresAt.getTime() <= now.getTime()) return 'expire';
  if (expiresAt.getTime() - remindBeforeMs <= now.getTime()) return 'remind';
  return 'open';
}

/** The round's parties who have not answered (signed, commented or declined) yet, in the round's order. */
export function unanswered<S extends Pick<PlanSignatoryEntity, 'userId' | 'position'>>(
  signatories: readonly S[],
  answers: readonly Pick<PlanSignatureEntity, 'userId'>[],
): S[] {
  const answered = new Set(answers.map((answer) => answer.userId));
  return [...signatories].sort((a, b) => a.position - b.position).filter((signatory) => !answered.has(signatory.userId));
}

/** The actions of a plan in force overdue on `today` (a Finnish date), by where each stands ('planned' without an update). */
export function overdueActions(
  content: Pick<PlanContent, 'actions'>,
  statuses: ReadonlyMap<string, string>,
  today: string,
): PlanContent['actions'] {
  return content.actions.filter((action) => isOverdue(action, statuses.get(action.id) ?? 'planned', today));
}
