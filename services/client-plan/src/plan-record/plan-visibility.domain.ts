import type { InformationClass } from '@yhdessa/contracts';
import type { Sight } from '@yhdessa/access';
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
