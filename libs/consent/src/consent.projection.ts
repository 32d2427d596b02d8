import { Injectable } from '@nestjs/common';
import type { CaseStateConsentV1, Envelope, PayloadOf } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import type { EntityManager } from 'typeorm';

/**
 * Keeps the local consent table in step with case-coordination, from `case.events` and the
 * compacted `case.state` alike, in whichever order they arrive. Runs inside the inbox transaction.
 * What it knows only grows: a withdrawn consent stays withdrawn (from its first known withdrawal
 * time) whatever comes after, a replayed or late ConsentGiven or an older state included; a
 * withdrawal that arrives before its consent is remembered until the consent does. An erased case
 * stays erased. It holds only what an access decision needs: no names of who gave them.
 */
@Injectable()
export class ConsentProjection {
  @HandlesEvent('ConsentGiven.v1')
  async onGiven(event: Envelope<PayloadOf<'ConsentGiven.v1'>>, manager: EntityManager): Promise<void> {
    await this.learnConsent(manager, event.caseId, { ...event.payload, withdrawnAt: null }, event.id);
  }

  @HandlesEvent('ConsentWithdrawn.v1')
  async onWithdrawn(event: Envelope<PayloadOf<'ConsentWithdrawn.v1'>>, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO consent (consent_id, case_id, withdrawn_at, last_event_id)
       SELECT $1::uuid, $2::uuid, $3::timestamptz, $4::uuid
       WHERE NOT EXISTS (SELECT 1 FROM consent_erased_case WHERE case_id = $2::uuid)
       ON CONFLICT (consent_id) DO UPDATE SET
         withdrawn_at = COALESCE(consent.withdrawn_at, EXCLUDED.withdrawn_at),
         last_event_id = EXCLUDED.last_event_id`,
      [event.payload.consentId, event.caseId, event.payload.withdrawnAt, event.id],
    );
  }

  @HandlesEvent('CaseState.v1')
  async onCaseState(event: Envelope<PayloadOf<'CaseState.v1'>>, manager: EntityManager): Promise<void> {
    for (const consent of event.payload.consents) await this.learnConsent(manager, event.caseId, consent, event.id);
  }

  @HandlesEvent('CaseStateErased.v1')
  async onCaseErased(event: Envelope<PayloadOf<'CaseStateErased.v1'>>, manager: EntityManager): Promise<void> {
    await manager.query('INSERT INTO consent_erased_case (case_id, erased_at) VALUES ($1, $2) ON CONFLICT (case_id) DO NOTHING', [
      event.caseId,
      event.payload.erasedAt,
    ]);
    await manager.query('DELETE FROM consent WHERE case_id = $1', [event.caseId]);
  }

  /** A consent as an event or a state tells of it; a withdrawal already known stands. */
  private async learnConsent(
    manager: EntityManager,
    caseId: string,
    consent: CaseStateConsentV1,
    eventId: string,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO consent (consent_id, case_id, information_class, to_agency, valid_from, valid_until, withdrawn_at, last_event_id)
       SELECT $1::uuid, $2::uuid, $3, $4, $5::date, $6::date, $7::timestamptz, $8::uuid
       WHERE NOT EXISTS (SELECT 1 FROM consent_erased_case WHERE case_id = $2::uuid)
       ON CONFLICT (consent_id) DO UPDATE SET
         information_class = EXCLUDED.information_class, to_agency = EXCLUDED.to_agency,
         valid_from = EXCLUDED.valid_from, valid_until = EXCLUDED.valid_until,
         withdrawn_at = COALESCE(consent.withdrawn_at, EXCLUDED.withdrawn_at),
         last_event_id = EXCLUDED.last_event_id`,
      [
        consent.consentId,
        caseId,
        consent.informationClass,
        consent.toAgency,
        consent.validFrom,
        consent.validUntil,
        consent.withdrawnAt,
        eventId,
      ],
    );
  }
}
