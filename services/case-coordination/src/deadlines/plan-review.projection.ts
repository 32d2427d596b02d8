import { Inject, Injectable } from '@nestjs/common';
import type { Envelope, PayloadOf } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import { newId, finnishDate } from '@yhdessa/platform';
import type { EntityManager } from 'typeorm';
import { DEADLINE_RULES } from './deadline-rules.provider.js';
import { planReviewDue, type DeadlineRules } from './statutory-deadlines.domain.js';

/**
 * A signed plan version restarts the review clock: due at the latest a year after signing. The
 * previous clock of the case is replaced (its overdue flag with it). Events about cases this
 * service doesn't hold change nothing.
 */
@Injectable()
export class PlanReviewProjection {
  constructor(@Inject(DEADLINE_RULES) private readonly rules: DeadlineRules) {}

  @HandlesEvent('PlanVersionSignedOff.v1')
  async onPlanSignedOff(event: Envelope<PayloadOf<'PlanVersionSignedOff.v1'>>, manager: EntityManager): Promise<void> {
    const dueOn = planReviewDue(finnishDate(new Date(event.payload.signedOffAt)), this.rules);
    await manager.query(
      `INSERT INTO case_deadline (id, case_id, kind, due_on, met_at, overdue_raised_at)
       SELECT $1, $2, 'client-plan-review', $3, NULL, NULL WHERE EXISTS (SELECT 1 FROM child_case WHERE id = $2)
       ON CONFLICT (case_id, kind) DO UPDATE SET due_on = EXCLUDED.due_on, met_at = NULL, overdue_raised_at = NULL`,
      [newId(), event.caseId, dueOn],
    );
  }
}
