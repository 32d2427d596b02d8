import type { AssessmentCompletedV1 } from '@yhdessa/contracts';
import { blankPlanContent, type PlanContent } from '../plan-record/plan-content.schema.js';

/** What a completed assessment does to the case's client plan. */
export type PlanFromAssessment = { kind: 'start-draft'; content: PlanContent } | { kind: 'leave'; reason: 'plan-exists' };

/**
 * A completed assessment (first or reassessment) starts the case's one plan as a draft, its needs
 * prefilled from the synthesis, each keeping its source: the assessment, the need, its domains and the
 * invitations whose views it came from. The need's id in the synthesis is its id in the plan, so the
 * same completion always makes the same draft.
 *
 * A case that has a plan already is left as it is: its content belongs to those who wrote and signed
 * it, and a version may be out for signing. The worker brings a reassessment's needs into the plan
 * by editing it (a need is not a substantive change).
 */
export function planFromAssessment(completed: AssessmentCompletedV1, planExists: boolean): PlanFromAssessment {
  if (planExists) return { kind: 'leave', reason: 'plan-exists' };
  return {
    kind: 'start-draft',
    content: {
      ...blankPlanContent,
      needs: completed.needs.map((need) => ({
        id: need.needId,
        text: need.text.trim(),
        source: {
          assessmentId: completed.assessmentId,
          needId: need.needId,
          domains: [...need.domains],
          fromInvitations: [...need.fromInvitations],
        },
      })),
    },
  };
}
