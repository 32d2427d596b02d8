import type { AssessmentCompletedV1 } from '@yhdessa/contracts';
import { blankPlanContent, planContentSchema, type PlanContent } from '../plan-record/plan-content.schema.js';

/** What a completed assessment does to the case's client plan. */
export type PlanFromAssessment =
  | {
      kind: 'start-draft';
      content: PlanContent;
      /** Needs of the synthesis beyond what a plan holds, left for the worker to bring in by editing (0 normally). */
      needsLeftOut: number;
    }
  | { kind: 'leave'; reason: 'plan-exists' | 'not-plannable' };

/** How many needs, and sources per need, a plan holds (planContentSchema's limits). */
export const planLimits = { needs: 100, domainsPerNeed: 50, invitationsPerNeed: 100 } as const;

/**
 * A completed assessment (first or reassessment) starts the case's one plan as a draft, its needs
 * prefilled from the synthesis, each keeping its source: the assessment, the need, its domains and the
 * invitations whose views it came from. The need's id in the synthesis is its id in the plan, so the
 * same completion always makes the same draft.
 *
 * A case that has a plan already is left as it is: its content belongs to those who wrote and signed
 * it, and a version may be out for signing. The worker brings a reassessment's needs into the plan
 * by editing it (a need is not a substantive change).
 *
 * The draft always fits what a plan holds, so the event that brings it is never refused and retried
 * for good: a synthesis of more than 100 needs starts the draft with its first 100 (the rest counted in
 * `needsLeftOut`; each kept need's source points to the assessment, where every need stays); a need
 * named twice is taken once; a source's domains and invitations are cut to what a plan keeps. Should
 * the content still not fit, the case is left without a draft (`not-plannable`) rather than retried.
 */
export function planFromAssessment(completed: AssessmentCompletedV1, planExists: boolean): PlanFromAssessment {
  if (planExists) return { kind: 'leave', reason: 'plan-exists' };
  const seen = new Set<string>();
  const needs = completed.needs.filter((need) => {
    if (seen.has(need.needId) || need.text.trim() === '') return false;
    seen.add(need.needId);
    return true;
  });
  const content: PlanContent = {
    ...blankPlanContent,
    needs: needs.slice(0, planLimits.needs).map((need) => ({
      id: need.needId,
      text: need.text.trim(),
      source: {
        assessmentId: completed.assessmentId,
        needId: need.needId,
        domains: [...new Set(need.domains)].slice(0, planLimits.domainsPerNeed),
        fromInvitations: [...new Set(need.fromInvitations)].slice(0, planLimits.invitationsPerNeed),
      },
    })),
  };
  if (!planContentSchema.safeParse(content).success) return { kind: 'leave', reason: 'not-plannable' };
  return { kind: 'start-draft', content, needsLeftOut: Math.max(0, needs.length - planLimits.needs) };
}
