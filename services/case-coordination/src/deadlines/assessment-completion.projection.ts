import { Injectable } from '@nestjs/common';
import type { Envelope, PayloadOf } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import type { EntityManager } from 'typeorm';

/**
 * A completed service-needs assessment meets the case's `service-needs-assessment` clock (SHL 36 §),
 * on the day it was completed, through the event and never a call. A clock met once stays met as it
 * was (a redelivered or re-sent completion changes nothing); a late completion is recorded late
 * (`late` in the deadline's view). A reassessment, or a case without the clock, changes nothing.
 */
@Injectable()
export class AssessmentCompletionProjection {
  @HandlesEvent('AssessmentCompleted.v1')
  async onAssessmentCompleted(event: Envelope<PayloadOf<'AssessmentCompleted.v1'>>, manager: EntityManager): Promise<void> {
    if (event.payload.kind !== 'service-needs') return;
    await manager.query(
      `UPDATE case_deadline SET met_at = $2
       WHERE case_id = $1 AND kind = 'service-needs-assessment' AND met_at IS NULL`,
      [event.caseId, event.payload.completedAt],
    );
  }
}
