import { z } from 'zod';
import { agencySchema } from '../actor.js';

/**
 * Every party has signed a version of the child's client plan. Only the signed version counts; it
 * starts the clock for the plan's review (at least once a year, LSL 30 §).
 */
export const planVersionSignedOffV1 = z.object({
  planId: z.uuid(),
  version: z.number().int().min(1),
  signedOffAt: z.iso.datetime({ offset: true }),
});
export type PlanVersionSignedOffV1 = z.infer<typeof planVersionSignedOffV1>;

/** The SHA-256 of a plan version's canonical content (RFC 8785), in lowercase hex. */
const contentHash = z.string().regex(/^[0-9a-f]{64}$/);

/** Where a new draft version of the plan started from. */
export const planDraftOrigins = ['blank', 'assessment', 'version-in-force'] as const;

/** A draft version of the client plan was started: the plan's first, or a new one after a substantive change to the plan in force. */
export const planDraftStartedV1 = z.object({
  planId: z.uuid(),
  version: z.number().int().min(1),
  from: z.enum(planDraftOrigins),
  contentHash,
});
export type PlanDraftStartedV1 = z.infer<typeof planDraftStartedV1>;

/** A change to the plan was saved as a revision (who and when are the envelope's actor and time); no content travels. */
export const planRevisionSavedV1 = z.object({
  planId: z.uuid(),
  version: z.number().int().min(1),
  revision: z.number().int().min(1),
  contentHash,
  /** Whether it changed what the parties signed (goals, actions, responsibilities, services). */
  substantive: z.boolean(),
});
export type PlanRevisionSavedV1 = z.infer<typeof planRevisionSavedV1>;

export const planSignatoryParts = ['signs', 'comments'] as const;

/** A version was put to its parties: who must sign (and who is asked to comment), the content they sign, until when. */
export const planSignOffRequestedV1 = z.object({
  planId: z.uuid(),
  version: z.number().int().min(1),
  round: z.number().int().min(1),
  contentHash,
  signatories: z.array(z.object({ userId: z.string().min(1), agency: agencySchema, part: z.enum(planSignatoryParts) })),
  ordered: z.boolean(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type PlanSignOffRequestedV1 = z.infer<typeof planSignOffRequestedV1>;

/** A party signed (or, asked to comment, commented on) a version, binding the hash of its content. */
export const planVersionSignedV1 = z.object({
  planId: z.uuid(),
  version: z.number().int().min(1),
  round: z.number().int().min(1),
  contentHash,
  signatory: z.object({ userId: z.string().min(1), agency: agencySchema }),
  decision: z.enum(['signed', 'commented']),
});
export type PlanVersionSignedV1 = z.infer<typeof planVersionSignedV1>;

/** A party declined to sign, with a reason; the version went back to draft and its round ended. */
export const planVersionDeclinedV1 = z.object({
  planId: z.uuid(),
  version: z.number().int().min(1),
  round: z.number().int().min(1),
  contentHash,
  declinedBy: z.object({ userId: z.string().min(1), agency: agencySchema }),
  reason: z.string().min(1).max(2000),
});
export type PlanVersionDeclinedV1 = z.infer<typeof planVersionDeclinedV1>;

export const planActionStatuses = ['planned', 'ongoing', 'done', 'cancelled'] as const;

/** The responsible agency moved an action of the plan in force; its notes stay with the plan. */
export const planActionUpdatedV1 = z.object({
  planId: z.uuid(),
  actionId: z.string().min(1).max(40),
  agency: agencySchema,
  status: z.enum(planActionStatuses),
  due: z.iso.date(),
});
export type PlanActionUpdatedV1 = z.infer<typeof planActionUpdatedV1>;

/**
 * A sign-off round ran out of time before every party had signed: the version went back to draft
 * (its round's signatures no longer count), for the responsible social worker to send again. Who
 * had not answered is named by user id and agency only.
 */
export const planSignOffRoundExpiredV1 = z.object({
  planId: z.uuid(),
  version: z.number().int().min(1),
  round: z.number().int().min(1),
  contentHash,
  expiredAt: z.iso.datetime({ offset: true }),
  unanswered: z.array(z.object({ userId: z.string().min(1), agency: agencySchema })),
});
export type PlanSignOffRoundExpiredV1 = z.infer<typeof planSignOffRoundExpiredV1>;

/** The parties of a round who had not answered as its end drew near were reminded, each once per round. */
export const planSignOffRemindedV1 = z.object({
  planId: z.uuid(),
  version: z.number().int().min(1),
  round: z.number().int().min(1),
  expiresAt: z.iso.datetime({ offset: true }),
  reminded: z.array(z.object({ userId: z.string().min(1), agency: agencySchema })).min(1),
});
export type PlanSignOffRemindedV1 = z.infer<typeof planSignOffRemindedV1>;

/**
 * An action of the plan in force passed its due date neither done nor cancelled: raised once per
 * action and due date, to the person responsible for it and the case's responsible social worker.
 */
export const planActionOverdueV1 = z.object({
  planId: z.uuid(),
  version: z.number().int().min(1),
  actionId: z.string().min(1).max(40),
  agency: agencySchema,
  due: z.iso.date(),
  responsibleUserId: z.string().min(1),
  responsibleWorkerId: z.string().min(1).nullable(),
});
export type PlanActionOverdueV1 = z.infer<typeof planActionOverdueV1>;

/**
 * The responsible social worker recorded the child's date of birth on the plan (a plan started from
 * an assessment has none), for the age rules of who signs; the date itself does not travel.
 */
export const planChildBirthDateRecordedV1 = z.object({
  planId: z.uuid(),
});
export type PlanChildBirthDateRecordedV1 = z.infer<typeof planChildBirthDateRecordedV1>;

/**
 * Client-plan applied a consent given or withdrawn on a case that has a plan: from the moment this is
 * published, every read of the plan (the plan, its versions, their comparison, printouts and exports)
 * shows each agency's actions as the consent now allows, so a reader told of it and reading again sees
 * that. A notice to read again, not something that happened on the case; carries no client data.
 */
export const planVisibilityChangedV1 = z.object({
  planId: z.uuid(),
  consentId: z.uuid(),
  change: z.enum(['consent-given', 'consent-withdrawn']),
  appliedAt: z.iso.datetime({ offset: true }),
});
export type PlanVisibilityChangedV1 = z.infer<typeof planVisibilityChangedV1>;
