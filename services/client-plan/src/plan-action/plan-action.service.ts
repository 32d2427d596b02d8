import { Injectable } from '@nestjs/common';
import { caseSight, type CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, finnishDate, newId } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { PlanActionUpdateEntity } from '../plan-record/plan-action-update.entity.js';
import { seesAction } from '../plan-record/plan-visibility.domain.js';
import { PlanError, PlanErrorCode } from '../plan-record/plan.error.js';
import { PlanRepository } from '../plan-record/plan.repository.js';
import type { ActionProgressView } from '../plan-record/plan.view.js';
import type { UpdatePlanActionCommand } from './plan-action.commands.js';
import { isOverdue, mayUpdateAction } from './plan-action.domain.js';

export interface ActionUpdateView extends ActionProgressView {
  overdue: boolean;
}

@Injectable()
export class PlanActionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  /** The responsible agency moves an action of the plan in force; the update is an event, on the case's timeline. */
  async update(
    caseId: string,
    actionId: string,
    command: UpdatePlanActionCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<ActionUpdateView> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const { plan, inForce } = await this.plans.stateOf(caseId, manager, true);
      const action = inForce?.content.actions.find((candidate) => candidate.id === actionId);
      if (!action || !seesAction(action, caseSight(reader), caller.userId))
        throw new PlanError(PlanErrorCode.ActionNotFound, 'The plan in force has no such action.');
      if (!mayUpdateAction(action, caller))
        throw new PlanError(PlanErrorCode.NotResponsibleForAction, 'Only the responsible agency moves this action.');
      const update = manager.create(PlanActionUpdateEntity, {
        updateId: newId(),
        planId: plan.planId,
        actionId,
        status: command.status,
        note: command.note ?? null,
        byUserId: caller.userId,
        byName: caller.displayName,
        updatedAt: now,
      });
      await manager.insert(PlanActionUpdateEntity, update);
      await this.events.append(
        manager,
        'PlanActionUpdated.v1',
        caseId,
        { planId: plan.planId, actionId, agency: action.agency, status: command.status, due: action.due },
        caller.actor,
      );
      return {
        actionId,
        status: update.status,
        note: update.note,
        updatedAt: now.toISOString(),
        updatedBy: caller.displayName,
        overdue: isOverdue(action, update.status, finnishDate(now)),
      };
    });
  }
}
