import { caseAudience, type ParticipantKind } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { isActiveOn } from '@yhdessa/care-team';

/** What a user's live-update stream receives: which case, what kind of thing happened. No client data. */
export interface Notice {
  caseId: string;
  kind: string;
}

/** A care-team member who may hear of the case, as the gateway's projection knows them. */
export interface NoticeReader {
  userId: string;
  participantKind: ParticipantKind;
}

/** A notice with who may receive it, as it travels between the gateway's instances. */
export interface AddressedNotice extends Notice {
  readers: NoticeReader[];
}

/** Events that are records of state, not things that happened (`case.state`): no notice. */
const stateRecords = new Set(['CaseState', 'CaseStateErased']);

export const isNoticeWorthy = (eventType: string): boolean => !stateRecords.has(eventType);

export interface MemberRow {
  user_id: string;
  participant_kind: string;
  since: string;
  until: string | null;
  removed_at: Date | string | null;
}

/** The members of a case's care team active on `day` (ISO date): those who may hear of it. */
export function noticeReaders(rows: readonly MemberRow[], day: string): NoticeReader[] {
  return rows
    .filter((row) =>
      isActiveOn(
        { since: row.since, until: row.until, removedAt: row.removed_at === null ? null : new Date(row.removed_at) },
        day,
      ),
    )
    .map((row) => ({ userId: row.user_id, participantKind: row.participant_kind as ParticipantKind }));
}

/**
 * Whether a signed-in user gets the notice: they are an active member of the case's care team and
 * their agency fits their place on it — the same audience rule the services read cases by
 * (`caseAudience`): a family member as the guardian, child or foster carer they are, a professional
 * of child protection, psychiatry or school.
 */
export function receives(notice: AddressedNotice, user: Pick<AuthenticatedUser, 'userId' | 'agency'>): boolean {
  return notice.readers.some(
    (reader) =>
      reader.userId === user.userId &&
      caseAudience({
        agency: user.agency,
        participation: { careTeam: reader.participantKind, responsibleWorker: false, systemicTeam: null },
      }) !== null,
  );
}
