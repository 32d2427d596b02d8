import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { CareTeamMemberEntity } from '../care-team/care-team-member.entity.js';
import type { OpenCaseCommand } from './case.commands.js';
import { CaseEntity } from './case.entity.js';
import { CaseError, CaseErrorCode } from './case.error.js';

export interface CaseView {
  id: string;
  origin: string;
  receivedAt: string;
  language: string;
  status: string;
  responsibleWorker: { userId: string; displayName: string };
  openedAt: string;
}

const toView = (entity: CaseEntity): CaseView => ({
  id: entity.id,
  origin: entity.origin,
  receivedAt: entity.receivedAt.toISOString(),
  language: entity.language,
  status: entity.status,
  responsibleWorker: { userId: entity.responsibleWorkerId, displayName: entity.responsibleWorkerName },
  openedAt: entity.openedAt.toISOString(),
});

@Injectable()
export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  /** Opens a case with the caller as its responsible social worker, who also joins the care team. */
  async open(command: OpenCaseCommand, caller: AuthenticatedUser): Promise<CaseView> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const entity = manager.create(CaseEntity, {
        id: newId(),
        origin: command.origin,
        receivedAt: new Date(command.receivedAt),
        language: command.language,
        responsibleWorkerId: caller.userId,
        responsibleWorkerName: caller.displayName,
        status: 'open',
        openedAt: now,
      });
      await manager.insert(CaseEntity, entity);
      const member = manager.create(CareTeamMemberEntity, {
        memberId: newId(),
        caseId: entity.id,
        userId: caller.userId,
        displayName: caller.displayName,
        agency: caller.agency,
        participantKind: 'professional',
        roleInCase: 'responsible social worker',
        since: now.toISOString().slice(0, 10),
        until: null,
        removedAt: null,
        removalReason: null,
      });
      await manager.insert(CareTeamMemberEntity, member);
      await this.events.append(manager, 'CaseOpened.v1', entity.id, {
        origin: command.origin,
        receivedAt: entity.receivedAt.toISOString(),
        responsibleWorker: { userId: caller.userId, displayName: caller.displayName },
        language: command.language,
      }, caller.actor);
      await this.events.append(manager, 'CareTeamMemberAdded.v1', entity.id, {
        memberId: member.memberId,
        userId: member.userId,
        displayName: member.displayName,
        agency: caller.agency,
        participantKind: 'professional',
        roleInCase: member.roleInCase,
        since: member.since,
        until: null,
      }, caller.actor);
      return toView(entity);
    });
  }

  async get(caseId: string): Promise<CaseView> {
    const entity = await this.dataSource.manager.findOneBy(CaseEntity, { id: caseId });
    if (!entity) throw new CaseError(CaseErrorCode.CaseNotFound, 'No such case.');
    return toView(entity);
  }
}
