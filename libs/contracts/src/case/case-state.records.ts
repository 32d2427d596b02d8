import { z } from 'zod';
import { careTeamMemberAddedV1 } from './care-team.events.js';
import { consentGivenV1 } from './consent.events.js';

/**
 * A member as the case's state carries them: what `CareTeamMemberAdded` said, and when they were
 * removed (their `until` is then the last day). Removed members stay in the state, so a consumer
 * that reads an older record of theirs later never takes them for active again.
 */
export const caseStateMemberV1 = careTeamMemberAddedV1.extend({
  removedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type CaseStateMemberV1 = z.infer<typeof caseStateMemberV1>;

/** A consent as the case's state carries it: only what an access decision needs, and its withdrawal. */
export const caseStateConsentV1 = consentGivenV1
  .pick({ consentId: true, informationClass: true, toAgency: true, validFrom: true, validUntil: true })
  .extend({ withdrawnAt: z.iso.datetime({ offset: true }).nullable() });
export type CaseStateConsentV1 = z.infer<typeof caseStateConsentV1>;

/**
 * The case's whole current care team and consents, every member and consent it ever had included,
 * written with every change to either. The latest per case is kept for good on the compacted
 * `case.state`, so a consumer that starts after `case.events` has aged out still learns them.
 */
export const caseStateV1 = z.object({
  careTeam: z.array(caseStateMemberV1),
  consents: z.array(caseStateConsentV1),
});
export type CaseStateV1 = z.infer<typeof caseStateV1>;

/** The case's data was erased: sent as a tombstone, so compaction removes every state of the case. */
export const caseStateErasedV1 = z.object({
  erasedAt: z.iso.datetime({ offset: true }),
});
export type CaseStateErasedV1 = z.infer<typeof caseStateErasedV1>;
