import { Injectable } from '@nestjs/common';
import type { Envelope, PayloadOf } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import { newId } from '@yhdessa/platform';
import type { EntityManager } from 'typeorm';

/**
 * A consultation that ended in a notification or a referral lands in intake's inbox, received the
 * moment the expert recorded it; once per consultation, however often the event comes. Advice stays
 * with the consultation.
 */
@Injectable()
export class IntakeProjection {
  @HandlesEvent('ConsultationConcluded.v1')
  async onConcluded(event: Envelope<PayloadOf<'ConsultationConcluded.v1'>>, manager: EntityManager): Promise<void> {
    const { payload } = event;
    if (payload.outcome === 'advice' || payload.referral === null) return;
    const { referral } = payload;
    await manager.query(
      `INSERT INTO consultation_intake (item_id, booking_id, kind, consultation_type, received_at, notifier_user_id, notifier_name,
                                        notifier_agency, school, age_band, concern_category, summary)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (booking_id) DO NOTHING`,
      [
        newId(),
        payload.bookingId,
        payload.outcome,
        payload.consultationType,
        payload.concludedAt,
        referral.notifier.userId,
        referral.notifier.displayName,
        referral.notifier.agency,
        referral.school,
        referral.ageBand,
        referral.concernCategory,
        referral.summary,
      ],
    );
  }
}
