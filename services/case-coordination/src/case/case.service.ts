import { Injectable } from '@nestjs/common';
import { CaseReaders, caseSummaryFields, redactEach, type CaseReader, type Redacted } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { CareTeamService } from '../care-team/care-team.service.js';
import { DeadlineService } from '../deadlines/deadline.service.js';
import type { ChangeCaseStatusCommand, ListCasesQuery, OpenCaseCommand } from './case.commands.js';
import { CaseEntity } from './case.entity.js';
import { CaseError, CaseErrorCode } from './case.error.js';
import { caseViewFor, toCaseSummary, toCaseView, type CaseSummary, type CaseView } from './case.view.js';
import { childDateOfBirth } from './child-identity.js';

@Injectable()
export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly deadlines: DeadlineService,
    private readonly careTeam: CareTeamService,
    private readonly clock: Clock,
    private readonly readers: CaseReaders,
  ) {}

  /**
   * Opens a case for a child from a notification or referral, with the caller as the responsible
   * social worker (who joins the care team), and starts the law's clocks.
   */
  async open(command: OpenCaseCommand, caller: AuthenticatedUser): Promise<CaseView> {
    const dateOfBirth = childDateOfBirth(command.child);
    const now = this.clock.now();
    if (new Date(command.receivedAt) > now) {
      throw new CaseError(CaseErrorCode.ReceivedInFuture, 'A notification cannot have been received in the future.');
    }
    return this.dataSource.transaction(async (manager) => {
      if (command.child.personalIdentityCode) {
        const open = await manager.existsBy(CaseEntity, { personalIdentityCode: command.child.personalIdentityCode, status: 'open' });
        if (open) throw new CaseError(CaseErrorCode.ChildAlreadyHasOpenCase, 'This child already has an open case.');
      }
      const entity = manager.create(CaseEntity, {
        id: newId(),
        origin: command.origin,
        receivedAt: new Date(command.receivedAt),
        language: command.language,
        responsibleWorkerId: caller.userId,
        responsibleWorkerName: caller.displayName,
        status: 'open',
        statusReason: null,
        openedAt: now,
        closedAt: null,
        childName: command.child.name,
        childDateOfBirth: dateOfBirth,
        personalIdentityCode: command.child.personalIdentityCode ?? null,
        guardians: command.guardians,
        notifierChannel: command.notification.channel,
        notifierName: command.notification.notifierName,
        notificationContent: command.notification.content,
      });
      await manager.insert(CaseEntity, entity);
      await this.events.append(manager, 'CaseOpened.v1', entity.id, {
        origin: command.origin,
        receivedAt: entity.receivedAt.toISOString(),
        responsibleWorker: { userId: caller.userId, displayName: caller.displayName },
        language: command.language,
      }, caller.actor);
      await this.careTeam.joinAsResponsibleWorker(manager, entity.id, { userId: caller.userId, displayName: caller.displayName }, caller, now);
      await this.deadlines.startClocks(manager, entity);
      return toCaseView(entity);
    });
  }

  async get(caseId: string, reader: CaseReader): Promise<Redacted<CaseView>> {
    const entity = await this.dataSource.manager.findOneBy(CaseEntity, { id: caseId });
    if (!entity) throw new CaseError(CaseErrorCode.CaseNotFound, 'No such case.');
    return caseViewFor(entity, reader);
  }

  /** The caller's cases: where they are the responsible worker or an active member of the care team. */
  async listMine(query: ListCasesQuery, caller: AuthenticatedUser): Promise<Redacted<CaseSummary>[]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(CaseEntity, 'c')
      .where('c.status = :status', { status: query.status })
      .andWhere(
        `(c.responsible_worker_id = :user OR EXISTS (SELECT 1 FROM case_care_team_member m
           WHERE m.case_id = c.id AND m.user_id = :user AND m.removed_at IS NULL))`,
        { user: caller.userId },
      )
      .orderBy('c.opened_at', 'DESC')
      .limit(200);
    if (query.q) builder.andWhere('c.child_name ILIKE :q', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    const summaries = (await builder.getMany()).map(toCaseSummary);
    const readers = await this.readers.readersOn(summaries.map((summary) => summary.id), caller);
    return redactEach(summaries, (summary) => summary.id, caseSummaryFields, readers);
  }

  async close(caseId: string, command: ChangeCaseStatusCommand, caller: AuthenticatedUser, reader: CaseReader): Promise<Redacted<CaseView>> {
    return caseViewFor(await this.changeStatus(caseId, 'closed', command, caller), reader);
  }

  async reopen(caseId: string, command: ChangeCaseStatusCommand, caller: AuthenticatedUser, reader: CaseReader): Promise<Redacted<CaseView>> {
    return caseViewFor(await this.changeStatus(caseId, 'open', command, caller), reader);
  }

  private async changeStatus(caseId: string, to: 'open' | 'closed', command: ChangeCaseStatusCommand, caller: AuthenticatedUser): Promise<CaseEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const kase = await manager.findOne(CaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
      if (!kase) throw new CaseError(CaseErrorCode.CaseNotFound, 'No such case.');
      if (kase.status === to) {
        throw new CaseError(to === 'open' ? CaseErrorCode.CaseAlreadyOpen : CaseErrorCode.CaseClosed, `The case is ${to} already.`);
      }
      if (to === 'open' && kase.personalIdentityCode) {
        const other = await manager.existsBy(CaseEntity, { personalIdentityCode: kase.personalIdentityCode, status: 'open' });
        if (other) throw new CaseError(CaseErrorCode.ChildAlreadyHasOpenCase, 'This child already has an open case.');
      }
      const changes = { status: to, statusReason: command.reason, closedAt: to === 'closed' ? now : null };
      await manager.update(CaseEntity, { id: caseId }, changes);
      if (to === 'closed') {
        await this.events.append(manager, 'CaseClosed.v1', caseId, { reason: command.reason, closedAt: now.toISOString() }, caller.actor);
      } else {
        await this.events.append(manager, 'CaseReopened.v1', caseId, { reason: command.reason, reopenedAt: now.toISOString() }, caller.actor);
      }
      return { ...kase, ...changes };
    });
  }
}
