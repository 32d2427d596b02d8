import { Injectable } from '@nestjs/common';
import { CaseAccessPolicy } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { CareTeamService } from '../care-team/care-team.service.js';
import { CaseEntity } from '../case-record/case.entity.js';
import { assertOpen, CaseRepository } from '../case-record/case.repository.js';
import type { HandoverCommand } from './handover.commands.js';
import type { HandoverResult } from './handover.view.js';
import { ResponsibleWorkerService } from './responsible-worker.service.js';
import { WorkerError, WorkerErrorCode } from './worker.error.js';

@Injectable()
export class HandoverService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly events: EventPublisher,
    private readonly caseAccess: CaseAccessPolicy,
    private readonly careTeam: CareTeamService,
    private readonly clock: Clock,
    private readonly responsibleWorkers: ResponsibleWorkerService,
  ) {}

  /**
   * Hands the case to another responsible social worker, recording both names. Refused when the new
   * worker is not a known social worker, or when their caseload would go over the statutory limit
   * unless a service manager overrides it with a reason, which is recorded in the event.
   */
  async handOver(caseId: string, command: HandoverCommand, caller: AuthenticatedUser): Promise<HandoverResult> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.cases.lock(manager, caseId);
      // Who may hand over depends on who is responsible now: asked again under the case row's lock.
      await this.caseAccess.require(manager, caseId, caller, 'assign');
      assertOpen(kase);
      if (command.to.userId === kase.responsibleWorkerId) {
        throw new WorkerError(WorkerErrorCode.SameResponsibleWorker, 'This worker is responsible for the case already.');
      }
      await this.responsibleWorkers.assertSocialWorker(manager, command.to, caller);
      const override = await this.responsibleWorkers.takeOneMore(
        manager,
        command.to.userId,
        finnishDate(now),
        caller,
        command.caseloadOverrideReason,
      );
      const from = { userId: kase.responsibleWorkerId, displayName: kase.responsibleWorkerName };
      await manager.update(
        CaseEntity,
        { id: caseId },
        { responsibleWorkerId: command.to.userId, responsibleWorkerName: command.to.displayName },
      );
      await this.careTeam.joinAsResponsibleWorker(manager, caseId, command.to, caller, now);
      await this.events.append(
        manager,
        'ResponsibleWorkerChanged.v1',
        caseId,
        {
          from,
          to: command.to,
          caseloadOverride: override,
          changedAt: now.toISOString(),
        },
        caller.actor,
      );
      return { caseId, responsibleWorker: command.to };
    });
  }
}
