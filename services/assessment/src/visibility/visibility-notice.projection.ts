import { Injectable } from '@nestjs/common';
import { systemActor, type Envelope, type PayloadOf } from '@yhdessa/contracts';
import { EventPublisher, HandlesEvent } from '@yhdessa/messaging';
import { Clock } from '@yhdessa/platform';
import type { EntityManager } from 'typeorm';

/**
 * Tells the care team when this service's reads follow a consent given or withdrawn. The gateway
 * forwards case-coordination's own consent event at once, and a browser that reads again on that
 * notice may still find this service's consent projection as it was; this event is appended in the
 * same inbox transaction that changes the projection, so it leaves only once the change is committed,
 * and a read on its notice sees what the consent now allows. Only for cases with an assessment; once
 * per consent event (the inbox takes each event once).
 */
@Injectable()
export class VisibilityNoticeProjection {
  constructor(
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  @HandlesEvent('ConsentGiven.v1')
  async onGiven(event: Envelope<PayloadOf<'ConsentGiven.v1'>>, manager: EntityManager): Promise<void> {
    await this.tell(manager, event.caseId, event.payload.consentId, 'consent-given');
  }

  @HandlesEvent('ConsentWithdrawn.v1')
  async onWithdrawn(event: Envelope<PayloadOf<'ConsentWithdrawn.v1'>>, manager: EntityManager): Promise<void> {
    await this.tell(manager, event.caseId, event.payload.consentId, 'consent-withdrawn');
  }

  private async tell(
    manager: EntityManager,
    caseId: string,
    consentId: string,
    change: PayloadOf<'AssessmentVisibilityChanged.v1'>['change'],
  ): Promise<void> {
    const [{ assessed }]: Array<{ assessed: boolean }> = await manager.query(
      'SELECT EXISTS (SELECT 1 FROM assessment WHERE case_id = $1) AS assessed',
      [caseId],
    );
    if (!assessed) return;
    await this.events.append(
      manager,
      'AssessmentVisibilityChanged.v1',
      caseId,
      { consentId, change, appliedAt: this.clock.now().toISOString() },
      systemActor('assessment'),
    );
  }
}
