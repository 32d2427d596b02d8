import { Injectable } from '@nestjs/common';
import type { Envelope, PayloadOf } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import type { EntityManager } from 'typeorm';

/**
 * Which cases are closed, from case-coordination's events, inside the inbox transaction: the latest
 * change by its own time wins, so a redelivered or late older event changes nothing.
 */
@Injectable()
export class CaseClosureProjection {
  @HandlesEvent('CaseClosed.v1')
  async onClosed(event: Envelope<PayloadOf<'CaseClosed.v1'>>, manager: EntityManager): Promise<void> {
    await this.learn(manager, event.caseId, true, event.payload.closedAt, event.id);
  }

  @HandlesEvent('CaseReopened.v1')
  async onReopened(event: Envelope<PayloadOf<'CaseReopened.v1'>>, manager: EntityManager): Promise<void> {
    await this.learn(manager, event.caseId, false, event.payload.reopenedAt, event.id);
  }

  private async learn(manager: EntityManager, caseId: string, closed: boolean, at: string, eventId: string): Promise<void> {
    await manager.query(
      `INSERT INTO plan_case_closure (case_id, closed, changed_at, last_event_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) DO UPDATE SET closed = EXCLUDED.closed, changed_at = EXCLUDED.changed_at, last_event_id = EXCLUDED.last_event_id
       WHERE plan_case_closure.changed_at < EXCLUDED.changed_at`,
      [caseId, closed, at, eventId],
    );
  }
}
