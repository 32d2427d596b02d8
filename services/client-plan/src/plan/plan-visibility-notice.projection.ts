import { Injectable } from '@nestjs/common';
import { systemActor, type Envelope, type PayloadOf } from '@yhdessa/contracts';
import { EventPublisher, HandlesEvent } from '@yhdessa/messaging';
import { Clock } from '@yhdessa/platform';
import type { EntityManager } from 'typeorm';

type Change = PayloadOf<'PlanVisibilityChanged.v1'>['change'];

/**
 * Tells the care team when this service's reads of a plan follow a consent given or withdrawn. Which
 * agency sees another's actions comes from this service's own consent projection, fed by
 * case-coordination's events; the gateway forwards case-coordination's own consent event at once, and
 * a browser that reads the plan again on that notice may still find the projection as it was, and then
 * hears of nothing more. This event is appended in the same inbox transaction that changes the
 * projection, so it leaves only once the change is committed, and a read on its notice sees what the
 * consent now allows. Only for cases with a plan; once per consent event (the inbox takes each once).
 */
@Injectable()
export class PlanVisibilityNoticeProjection {
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

  private async tell(manager: EntityManager, caseId: string, consentId: string, change: Change): Promise<void> {
    const plans: Array<{ plan_id: string }> = await manager.query('SELECT plan_id FROM plan WHERE case_id = $1', [caseId]);
    if (plans.length === 0) return;
    await this.events.append(
      manager,
      'PlanVisibilityChanged.v1',
      caseId,
      { planId: plans[0]!.plan_id, consentId, change, appliedAt: this.clock.now().toISOString() },
      systemActor('client-plan'),
    );
  }
}
