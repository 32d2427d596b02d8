import { Injectable } from '@nestjs/common';
import type { CaseStateMemberV1, Envelope, PayloadOf } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the local care-team table in step with case-coordination, from `case.events` and the
 * compacted `case.state` alike, in whichever order they arrive: a consumer that starts late may read
 * a case's state before, after or instead of its events. Runs inside the inbox transaction.
 *
 * What it knows only grows, so no order can undo it: a member known to be removed stays removed,
 * whatever comes after (a replayed or late CareTeamMemberAdded, an older state); a removal that
 * arrives before the member is remembered until the member does; re-adding a person is a new member
 * id. An erased case stays erased. `last_event_id` is the event that last touched the row.
 */
@Injectable()
export class CareTeamProjection {
  @HandlesEvent('CareTeamMemberAdded.v1')
  async onMemberAdded(event: Envelope<PayloadOf<'CareTeamMemberAdded.v1'>>, manager: EntityManager): Promise<void> {
    await this.learnMember(manager, event.caseId, { ...event.payload, removedAt: null }, event.id);
  }

  @HandlesEvent('CareTeamMemberRemoved.v1')
  async onMemberRemoved(event: Envelope<PayloadOf<'CareTeamMemberRemoved.v1'>>, manager: EntityManager): Promise<void> {
    const removal = event.payload;
    await manager.query(
      `INSERT INTO care_team_member (member_id, case_id, user_id, agency, until, removed_at, last_event_id)
       SELECT $1::uuid, $2::uuid, $3, $4, $5::date, $6::timestamptz, $7::uuid
       WHERE NOT EXISTS (SELECT 1 FROM care_team_erased_case WHERE case_id = $2::uuid)
       ON CONFLICT (member_id) DO UPDATE SET
         until = CASE WHEN care_team_member.removed_at IS NULL THEN EXCLUDED.until ELSE care_team_member.until END,
         removed_at = COALESCE(care_team_member.removed_at, EXCLUDED.removed_at),
         last_event_id = EXCLUDED.last_event_id`,
      [removal.memberId, event.caseId, removal.userId, removal.agency, removal.until, event.occurredAt, event.id],
    );
  }

  @HandlesEvent('CaseState.v1')
  async onCaseState(event: Envelope<PayloadOf<'CaseState.v1'>>, manager: EntityManager): Promise<void> {
    for (const member of event.payload.careTeam) await this.learnMember(manager, event.caseId, member, event.id);
  }

  @HandlesEvent('CaseStateErased.v1')
  async onCaseErased(event: Envelope<PayloadOf<'CaseStateErased.v1'>>, manager: EntityManager): Promise<void> {
    await manager.query(
      'INSERT INTO care_team_erased_case (case_id, erased_at) VALUES ($1, $2) ON CONFLICT (case_id) DO NOTHING',
      [event.caseId, event.payload.erasedAt],
    );
    await manager.query('DELETE FROM care_team_member WHERE case_id = $1', [event.caseId]);
  }

  /** A member as an event or a state tells of them; a removal already known stands. */
  private async learnMember(manager: EntityManager, caseId: string, member: CaseStateMemberV1, eventId: string): Promise<void> {
    await manager.query(
      `INSERT INTO care_team_member
         (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since, until, removed_at, last_event_id)
       SELECT $1::uuid, $2::uuid, $3, $4, $5, $6, $7, $8::date, $9::date, $10::timestamptz, $11::uuid
       WHERE NOT EXISTS (SELECT 1 FROM care_team_erased_case WHERE case_id = $2::uuid)
       ON CONFLICT (member_id) DO UPDATE SET
         display_name = EXCLUDED.display_name, participant_kind = EXCLUDED.participant_kind,
         role_in_case = EXCLUDED.role_in_case, since = EXCLUDED.since,
         until = CASE WHEN care_team_member.removed_at IS NULL THEN EXCLUDED.until ELSE care_team_member.until END,
         removed_at = COALESCE(care_team_member.removed_at, EXCLUDED.removed_at),
         last_event_id = EXCLUDED.last_event_id`,
      [
        member.memberId,
        caseId,
        member.userId,
        member.displayName,
        member.agency,
        member.participantKind,
        member.roleInCase,
        member.since,
        member.until,
        member.removedAt,
        eventId,
      ],
    );
  }
}
