import { Injectable } from '@nestjs/common';
import type { CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { CareTeamAccess, isActiveOn } from '@yhdessa/care-team';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { responsibleWorkerOf } from '../plan-record/care-team.domain.js';
import { PlanEntity } from '../plan-record/plan.entity.js';
import { PlanError, PlanErrorCode } from '../plan-record/plan.error.js';
import { PlanRepository } from '../plan-record/plan.repository.js';
import { PlanViews } from '../plan-record/plan-views.js';
import type { PlanView } from '../plan-record/plan.view.js';
import { checkBirthDate } from './child-age.domain.js';
import type { RecordChildBirthDateCommand } from './child-birth-date.commands.js';

/** The child's date of birth on the plan, for the age rules of its sign-off. */
@Injectable()
export class ChildBirthDateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
    private readonly views: PlanViews,
    private readonly careTeam: CareTeamAccess,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  /** The responsible social worker records it (or corrects it); the date itself stays out of the event. */
  async record(
    caseId: string,
    command: RecordChildBirthDateCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<PlanView> {
    const today = finnishDate(this.clock.now());
    checkBirthDate(command.childDateOfBirth, today);
    const active = (await this.careTeam.members(caseId)).filter((member) => isActiveOn(member, today));
    if (responsibleWorkerOf(active)?.userId !== caller.userId)
      throw new PlanError(PlanErrorCode.NotResponsibleWorker, "Only the case's responsible social worker may do this.");
    return this.dataSource.transaction(async (manager) => {
      const state = await this.plans.stateOf(caseId, manager, true);
      await manager.update(PlanEntity, { planId: state.plan.planId }, { childDateOfBirth: command.childDateOfBirth });
      await this.events.append(manager, 'PlanChildBirthDateRecorded.v1', caseId, { planId: state.plan.planId }, caller.actor);
      return this.views.plan(await this.plans.stateOf(caseId, manager), reader, manager);
    });
  }
}
