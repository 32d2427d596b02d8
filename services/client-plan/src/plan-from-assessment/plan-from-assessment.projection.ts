import { Injectable } from '@nestjs/common';
import { CareTeamAccess } from '@yhdessa/care-team';
import type { Envelope, PayloadOf } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import { logger } from '@yhdessa/platform';
import type { EntityManager } from 'typeorm';
import { PlanEntity } from '../plan-record/plan.entity.js';
import { PlanService } from '../plan/plan.service.js';
import { planFromAssessment } from './plan-from-assessment.domain.js';

/**
 * A completed assessment starts the case's client plan as a draft with the synthesis' needs, inside
 * the inbox transaction of the event (a redelivery is skipped by the inbox); a case with a plan
 * already is left as it is, so a re-sent completion changes nothing either. The draft's author is
 * the worker who completed the assessment, by their name on the care team.
 */
@Injectable()
export class PlanFromAssessmentProjection {
  constructor(
    private readonly plans: PlanService,
    private readonly careTeam: CareTeamAccess,
  ) {}

  @HandlesEvent('AssessmentCompleted.v1')
  async onAssessmentCompleted(event: Envelope<PayloadOf<'AssessmentCompleted.v1'>>, manager: EntityManager): Promise<void> {
    const planExists = await manager.existsBy(PlanEntity, { caseId: event.caseId });
    const decision = planFromAssessment(event.payload, planExists);
    if (decision.kind === 'leave') {
      if (decision.reason === 'not-plannable')
        logger().warn(
          { eventId: event.id, needs: event.payload.needs.length },
          'assessment needs do not fit a plan: no draft started',
        );
      return;
    }
    if (decision.needsLeftOut > 0)
      logger().warn({ eventId: event.id, needsLeftOut: decision.needsLeftOut }, 'plan draft started with the first needs only');
    const member = (await this.careTeam.members(event.caseId)).find((candidate) => candidate.userId === event.actor.userId);
    await this.plans.startFromAssessment(manager, event.caseId, decision.content, {
      userId: event.actor.userId,
      displayName: member?.displayName ?? event.actor.userId,
      actor: event.actor,
    });
  }
}
