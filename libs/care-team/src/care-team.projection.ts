import { Injectable } from '@nestjs/common';
import type { Envelope, PayloadOf } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the local care-team table in step with case-coordination. Runs inside the inbox
 * transaction; the upsert and the `last_event_id` guard make a replayed event harmless even if the
 * inbox were bypassed.
 */
@Injectable()
export class CareTeamProjection {
  @HandlesEvent('CareTeamMemberAdded.v1')
  async onMemberAdded(event: Envelope<PayloadOf<'CareTeamMemberAdded.v1'>>, manager: EntityManager): Promise<void> {
    const member = event.payload;
    await manager.query(
      `INSERT INTO care_team_member
         (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since, until, removed_at, last_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10)
       ON CONFLICT (member_id) DO UPDATE SET
         display_name = EXCLUDED.display_name, agency = EXCLUDED.agency, participant_kind = EXCLUDED.participant_kind,
         role_in_case = EXCLUDED.role_in_case, since = EXCLUDED.since, until = EXCLUDED.until,
         removed_at = NULL, last_event_id = EXCLUDED.last_event_id`,
      [member.memberId, event.caseId, member.userId, member.displayName, member.agency, member.participantKind,
        member.roleInCase, member.since, member.until, event.id],
    );
  }

  @HandlesEvent('CareTeamMemberRemoved.v1')
  async onMemberRemoved(event: Envelope<PayloadOf<'CareTeamMemberRemoved.v1'>>, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE care_team_member SET until = $2, removed_at = $3, last_event_id = $4 WHERE member_id = $1`,
      [event.payload.memberId, event.payload.until, event.occurredAt, event.id],
    );
  }
}
