import { z } from 'zod';
import { agencySchema } from '../actor.js';
import { participantKinds } from '../case/care-team.events.js';
import { informationClassSchema } from '../information-class.js';

/** Why an assessment is made: the service-needs assessment (SHL 36 §) or a later reassessment. */
export const assessmentKinds = ['service-needs', 'reassessment'] as const;

const frameReference = z.object({ key: z.string().min(1).max(100), version: z.number().int().min(1) });

/** The responsible worker opened a multi-actor assessment of the child's situation over a frame of domains. */
export const assessmentStartedV1 = z.object({
  assessmentId: z.uuid(),
  kind: z.enum(assessmentKinds),
  frame: frameReference,
  leadUserId: z.string().min(1),
  blindUntilSubmitted: z.boolean(),
  startedAt: z.iso.datetime({ offset: true }),
});
export type AssessmentStartedV1 = z.infer<typeof assessmentStartedV1>;

/** A member of the care team was asked for their own view, by a date: it shows on their home. */
export const assessmentParticipantInvitedV1 = z.object({
  assessmentId: z.uuid(),
  invitationId: z.uuid(),
  inviteeUserId: z.string().min(1),
  agency: agencySchema,
  participantKind: z.enum(participantKinds),
  dueOn: z.iso.date(),
});
export type AssessmentParticipantInvitedV1 = z.infer<typeof assessmentParticipantInvitedV1>;

/** An invitee submitted their view; its content stays in the assessment service, under its information class. */
export const assessmentContributionSubmittedV1 = z.object({
  assessmentId: z.uuid(),
  invitationId: z.uuid(),
  informationClass: informationClassSchema,
  /** Set when a worker recorded the child's view with the child. */
  recordedByUserId: z.string().min(1).nullable(),
  submittedAt: z.iso.datetime({ offset: true }),
});
export type AssessmentContributionSubmittedV1 = z.infer<typeof assessmentContributionSubmittedV1>;

/** A submitted view was corrected the only way it can be: by a visible addendum. */
export const assessmentContributionAmendedV1 = z.object({
  assessmentId: z.uuid(),
  invitationId: z.uuid(),
  addendumId: z.uuid(),
  addedAt: z.iso.datetime({ offset: true }),
});
export type AssessmentContributionAmendedV1 = z.infer<typeof assessmentContributionAmendedV1>;

export const childSafetyConcernReasons = ['lowest-safety-score', 'flagged-words'] as const;

/**
 * The child answered that they do not feel safe: raised at once to the responsible worker, whatever
 * the due dates. Only the reason travels; the child's words stay in the assessment.
 */
export const childSafetyConcernRaisedV1 = z.object({
  assessmentId: z.uuid(),
  invitationId: z.uuid(),
  responsibleWorkerId: z.string().min(1),
  reasons: z.array(z.enum(childSafetyConcernReasons)).min(1),
  raisedAt: z.iso.datetime({ offset: true }),
});
export type ChildSafetyConcernRaisedV1 = z.infer<typeof childSafetyConcernRaisedV1>;

/** One need the synthesis identified, tied to the domains and the views it came from. */
export const assessmentNeedV1 = z.object({
  needId: z.uuid(),
  text: z.string().min(1).max(2000),
  domains: z.array(z.string().min(1).max(100)).min(1),
  fromInvitations: z.array(z.uuid()).min(1),
});
export type AssessmentNeedV1 = z.infer<typeof assessmentNeedV1>;

/**
 * The responsible worker completed the synthesis. A service-needs assessment meets the case's
 * `service-needs-assessment` deadline; the needs become the client plan's draft.
 */
export const assessmentCompletedV1 = z.object({
  assessmentId: z.uuid(),
  kind: z.enum(assessmentKinds),
  completedAt: z.iso.datetime({ offset: true }),
  needs: z.array(assessmentNeedV1),
});
export type AssessmentCompletedV1 = z.infer<typeof assessmentCompletedV1>;

/**
 * An invitee's view was not submitted by its due date: raised once per invitation, from the service's
 * own clock, to the worker who leads the assessment. Who is late travels as their part and agency.
 */
export const assessmentInvitationOverdueV1 = z.object({
  assessmentId: z.uuid(),
  invitationId: z.uuid(),
  inviteeUserId: z.string().min(1),
  agency: agencySchema,
  participantKind: z.enum(participantKinds),
  dueOn: z.iso.date(),
  responsibleWorkerId: z.string().min(1),
  raisedAt: z.iso.datetime({ offset: true }),
});
export type AssessmentInvitationOverdueV1 = z.infer<typeof assessmentInvitationOverdueV1>;

/**
 * The assessment service applied a consent given or withdrawn on the case: from the moment this is
 * published, every read of the case's assessments (views, matrix) follows it, so a reader told of it
 * and reading again sees what the consent now allows. Carries no client data.
 */
export const assessmentVisibilityChangedV1 = z.object({
  consentId: z.uuid(),
  change: z.enum(['consent-given', 'consent-withdrawn']),
  appliedAt: z.iso.datetime({ offset: true }),
});
export type AssessmentVisibilityChangedV1 = z.infer<typeof assessmentVisibilityChangedV1>;
