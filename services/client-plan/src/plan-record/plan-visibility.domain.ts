import type { InformationClass } from '@yhdessa/contracts';
import type { Sight } from '@yhdessa/access';
import { canonicalJson, type CanonicalValue } from '@yhdessa/audit';
import type { ActionAgency, PlanAction, PlanContent } from './plan-content.schema.js';

/** The class of information an action of each agency is: a psychiatry action tells of the child's health. */
export const actionInformationClass: Readonly<Record<ActionAgency, InformationClass>> = {
  'child-protection': 'child-protection',
  psychiatry: 'health',
  school: 'school',
};

/**
 * Whether a reader sees an action of the plan. Everything but actions is the shared plan, seen by every
 * party. An action is seen by whoever its class reaches (the school its own, health only by the
 * family's consent; child protection every class), by the person responsible for it, and by the
 * guardians and the child: the family sees its whole plan.
 */
export function seesAction(action: PlanAction, sight: Sight, userId: string): boolean {
  return (
    sight.audience === 'guardian' ||
    sight.audience === 'child' ||
    action.responsible.userId === userId ||
    sight.classes.has(actionInformationClass[action.agency])
  );
}

/** The content as a reader sees it, and how many actions are kept from them (so the page can say so). */
export function contentFor(content: PlanContent, sight: Sight, userId: string): { content: PlanContent; hiddenActions: number } {
  const actions = content.actions.filter((action) => seesAction(action, sight, userId));
  return { content: { ...content, actions }, hiddenActions: content.actions.length - actions.length };
}

/** The classes of client information a reader was shown in a content: the shared plan, and each shown action's class. */
export function classesShown(content: PlanContent): InformationClass[] {
  return [
    ...new Set<InformationClass>(['shared-plan', ...content.actions.map((action) => actionInformationClass[action.agency])]),
  ];
}

/**
 * A change saved by a reader who does not see every action: what they send is the content as they see
 * it, so the actions kept from them stay as they were, each in its place; the actions they see take the
 * other places in the order sent, new ones after. A kept action sent back exactly as it is changes
 * nothing; one sent changed is returned as a clash (they cannot have read it, and one id names one action).
 */
export function withActionsKeptFromReader(
  sent: PlanContent,
  current: PlanContent,
  sight: Sight,
  userId: string,
): { content: PlanContent; clashes: string[] } {
  const kept = new Map(
    current.actions.filter((action) => !seesAction(action, sight, userId)).map((action) => [action.id, action]),
  );
  if (kept.size === 0) return { content: sent, clashes: [] };
  const same = (a: PlanAction, b: PlanAction) =>
    canonicalJson(a as unknown as CanonicalValue) === canonicalJson(b as unknown as CanonicalValue);
  const clashes = sent.actions
    .filter((action) => kept.has(action.id) && !same(action, kept.get(action.id)!))
    .map((action) => action.id);
  const seen = sent.actions.filter((action) => !kept.has(action.id));
  const actions: PlanAction[] = current.actions.flatMap((action) =>
    kept.has(action.id) ? [action] : seen.length > 0 ? [seen.shift()!] : [],
  );
  return { content: { ...sent, actions: [...actions, ...seen] }, clashes };
}
