import type { CareTeamMembership } from '@yhdessa/care-team';
import type { Agency, CaseStateV1 } from '@yhdessa/contracts';

/** A member row of case-coordination's care team, as far as the case's state carries it: a membership without its case. */
export type MemberRow = Omit<CareTeamMembership, 'caseId'>;

/** A consent row of case-coordination, as far as the case's state carries it (no names of who gave it). */
export interface ConsentRow {
  consentId: string;
  informationClass: string;
  toAgency: string;
  validFrom: string;
  validUntil: string;
  withdrawnAt: Date | null;
}

const byId =
  <T>(id: (row: T) => string) =>
  (a: T, b: T) =>
    id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0;

/**
 * The case's state record: every member and consent the case ever had, removed and withdrawn ones
 * included (a consumer must never take an older record of them for the latest word), in a fixed
 * order, so the same state always makes the same record.
 */
export function caseState(members: readonly MemberRow[], consents: readonly ConsentRow[]): CaseStateV1 {
  return {
    careTeam: [...members].sort(byId((member) => member.memberId)).map((member) => ({
      memberId: member.memberId,
      userId: member.userId,
      displayName: member.displayName,
      agency: member.agency as Agency,
      participantKind: member.participantKind as CaseStateV1['careTeam'][number]['participantKind'],
      roleInCase: member.roleInCase,
      since: member.since,
      until: member.until,
      removedAt: member.removedAt?.toISOString() ?? null,
    })),
    consents: [...consents].sort(byId((consent) => consent.consentId)).map((consent) => ({
      consentId: consent.consentId,
      informationClass: consent.informationClass as CaseStateV1['consents'][number]['informationClass'],
      toAgency: consent.toAgency as CaseStateV1['consents'][number]['toAgency'],
      validFrom: consent.validFrom,
      validUntil: consent.validUntil,
      withdrawnAt: consent.withdrawnAt?.toISOString() ?? null,
    })),
  };
}
