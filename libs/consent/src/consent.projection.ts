import { Injectable } from '@nestjs/common';
import type { Envelope, PayloadOf } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the local consent table in step with case-coordination. Runs inside the inbox transaction.
 * A replayed ConsentGiven changes nothing (it never revives a withdrawn consent), and a replayed
 * withdrawal keeps the first withdrawal time.
 */
@Injectable()
export class ConsentProjection {
  @HandlesEvent('ConsentGiven.v1')
  async onGiven(event: Envelope<PayloadOf<'ConsentGiven.v1'>>, manager: EntityManager): Promise<void> {
    const consent = event.payload;
    await manager.query(
      `INSERT INTO consent (consent_id, case_id, information_class, to_agency, valid_from, valid_until, withdrawn_at, last_event_id)
       VALUES ($1, $2, $3, $4, $5, $6, NULL, $7)
       ON CONFLICT (consent_id) DO NOTHING`,
      [consent.consentId, event.caseId, consent.informationClass, consent.toAgency, consent.validFrom, consent.validUntil, event.id],
    );
  }

  @HandlesEvent('ConsentWithdrawn.v1')
  async onWithdrawn(event: Envelope<PayloadOf<'ConsentWithdrawn.v1'>>, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE consent SET withdrawn_at = $2, last_event_id = $3 WHERE consent_id = $1 AND withdrawn_at IS NULL',
      [event.payload.consentId, event.payload.withdrawnAt, event.id],
    );
  }
}
