import { addMonths } from '@yhdessa/calendar';
import type { PlanContent } from './plan-content.schema.js';
import { PlanError, PlanErrorCode } from './plan.error.js';

/** The longest a plan may run before its review (LSL 30 §: at least once a year), in months; configurable. */
export interface PlanRules {
  reviewMaxMonths: number;
  /** How long a sign-off round stays open, in days. */
  signOffRoundDays: number;
}

export const defaultPlanRules: PlanRules = { reviewMaxMonths: 12, signOffRoundDays: 14 };

/**
 * The rules a saved content keeps: the review date from today to at most `reviewMaxMonths` ahead, and
 * every reference (a goal's needs, an action's goals) to an item of the same content.
 */
export function checkPlanContent(content: PlanContent, today: string, rules: PlanRules): void {
  if (content.reviewOn !== null && (content.reviewOn < today || content.reviewOn > addMonths(today, rules.reviewMaxMonths))) {
    throw new PlanError(
      PlanErrorCode.ReviewDateInvalid,
      `The review date must be between today and ${rules.reviewMaxMonths} months ahead.`,
      {
        latest: addMonths(today, rules.reviewMaxMonths),
      },
    );
  }
  const needs = new Set(content.needs.map((need) => need.id));
  const goals = new Set(content.goals.map((goal) => goal.id));
  const unknown = [
    ...content.goals.flatMap((goal) => goal.needIds.filter((id) => !needs.has(id))),
    ...content.actions.flatMap((action) => action.goalIds.filter((id) => !goals.has(id))),
  ];
  if (unknown.length > 0) {
    throw new PlanError(PlanErrorCode.ReferenceUnknown, 'A goal or an action refers to an item the plan does not have.', {
      ids: unknown,
    });
  }
}
