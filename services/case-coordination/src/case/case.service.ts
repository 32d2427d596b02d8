import { Injectable } from '@nestjs/common';
import { CaseReaders, caseSummaryFields, redactEach, type CaseReader, type Redacted } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { CaseOrigin } from '@yhdessa/contracts';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, finnishDate, newId } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CareTeamService } from '../care-team/care-team.service.js';
import { onCareTeamSql } from '../case-record/care-team-member.repository.js';
import { CaseRecordError, CaseRecordErrorCode } from '../case-record/case-record.error.js';
import { CaseEntity } from '../case-record/case.entity.js';
import { CaseRepository } from '../case-record/case.repository.js';
import { DeadlineService } from '../deadlines/deadline.service.js';
import { ResponsibleWorkerService } from '../worker/responsible-worker.service.js';
import type { ChangeCaseStatusCommand, ListCasesQuery, OpenCaseCommand, ReopenCaseCommand } from './case.commands.js';
import { CaseError, CaseErrorCode } from './case.error.js';
import { caseViewFor, toCaseSummary, toCaseView, type CaseSummary, type CaseView } from './case.view.js';
import { checkClientAge, childDateOfBirth } from './child-identity.domain.js';

@Injectable()
export class CaseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly events: EventPublisher,
    private readonly deadlines: DeadlineService,
    private readonly careTeam: CareTeamService,
    private readonly responsibleWorkers: ResponsibleWorkerService,
    private readonly clock: Clock,
    private readonly readers: CaseReaders,
  ) {}

  /**
   * Opens a case for a child (or, with origin aftercare, a young adult) from a notification, referral
   * or application, with the caller or the social worker the command names as the responsible worker
   * (who joins the care team) within the caseload limit, and starts the law's clocks.
   */
  async open(
    command: OpenCaseCommand,
    caller: AuthenticatedUser,
    /** More to write in the same transaction, once the case exists (intake links its item to it). */
    alsoInTransaction?: (manager: EntityManager, caseId: string) => Promise<void>,
  ): Promise<CaseView> {
    const now = this.clock.now();
    if (new Date(command.receivedAt) > now) {
      throw new CaseError(CaseErrorCode.ReceivedInFuture, 'A notification cannot have been received in the future.');
    }
    const receivedOn = finnishDate(new Date(command.receivedAt));
    const dateOfBirth = childDateOfBirth(command.child, receivedOn);
    checkClientAge(dateOfBirth, command.origin, receivedOn);
    const worker = command.responsibleWorker ?? { userId: caller.userId, displayName: caller.displayName };
    return this.dataSource.transaction(async (manager) => {
      if (
        command.child.personalIdentityCode &&
        (await this.cases.childHasOpenCase(manager, command.child.personalIdentityCode))
      ) {
        throw new CaseError(CaseErrorCode.ChildAlreadyHasOpenCase, 'This child already has an open case.');
      }
      await this.responsibleWorkers.assertSocialWorker(manager, worker, caller);
      const caseloadOverride = await this.responsibleWorkers.takeOneMore(
        manager,
        worker.userId,
        finnishDate(now),
        caller,
        command.caseloadOverrideReason,
      );
      const entity = manager.create(CaseEntity, {
        id: newId(),
        origin: command.origin,
        receivedAt: new Date(command.receivedAt),
        language: command.language,
        responsibleWorkerId: worker.userId,
        responsibleWorkerName: worker.displayName,
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
      await this.events.append(
        manager,
        'CaseOpened.v2',
        entity.id,
        {
          origin: command.origin,
          receivedAt: entity.receivedAt.toISOString(),
          responsibleWorker: worker,
          language: command.language,
          caseloadOverride,
        },
        caller.actor,
      );
      await this.careTeam.joinAsResponsibleWorker(manager, entity.id, worker, caller, now);
      await this.deadlines.startClocks(manager, entity);
      await alsoInTransaction?.(manager, entity.id);
      return toCaseView(entity);
    });
  }

  async get(caseId: string, reader: CaseReader): Promise<Redacted<CaseView>> {
    return caseViewFor(await this.cases.find(caseId), reader);
  }

  /** The caller's cases: where they are the responsible worker or an active member of the care team. */
  async listMine(query: ListCasesQuery, caller: AuthenticatedUser): Promise<Redacted<CaseSummary>[]> {
    const builder = this.dataSource.manager
      .createQueryBuilder(CaseEntity, 'c')
      .where('c.status = :status', { status: query.status })
      .andWhere(
        `(c.responsible_worker_id = :user OR EXISTS (SELECT 1 FROM case_care_team_member m
           WHERE m.case_id = c.id AND m.user_id = :user AND ${onCareTeamSql('m')}))`,
        { user: caller.userId },
      )
      .orderBy('c.opened_at', 'DESC')
      .limit(200);
    if (query.q) builder.andWhere('c.child_name ILIKE :q', { q: `%${query.q.replace(/[%_\\]/g, '\\$&')}%` });
    const summaries = (await builder.getMany()).map(toCaseSummary);
    const readers = await this.readers.readersOn(
      summaries.map((summary) => summary.id),
      caller,
    );
    return redactEach(summaries, (summary) => summary.id, caseSummaryFields, readers);
  }

  async close(
    caseId: string,
    command: ChangeCaseStatusCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<Redacted<CaseView>> {
    return caseViewFor(await this.changeStatus(caseId, 'closed', command, caller), reader);
  }

  /** The child becomes the responsible worker's client again: within the caseload limit, and while of an age for the case. */
  async reopen(
    caseId: string,
    command: ReopenCaseCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<Redacted<CaseView>> {
    return caseViewFor(await this.changeStatus(caseId, 'open', command, caller), reader);
  }

  private async changeStatus(
    caseId: string,
    to: 'open' | 'closed',
    command: ReopenCaseCommand,
    caller: AuthenticatedUser,
  ): Promise<CaseEntity> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.cases.lock(manager, caseId);
      if (kase.status === to) {
        const message = `The case is ${to} already.`;
        throw to === 'open'
          ? new CaseError(CaseErrorCode.CaseAlreadyOpen, message)
          : new CaseRecordError(CaseRecordErrorCode.CaseClosed, message);
      }
      if (to === 'open' && kase.personalIdentityCode && (await this.cases.childHasOpenCase(manager, kase.personalIdentityCode))) {
        throw new CaseError(CaseErrorCode.ChildAlreadyHasOpenCase, 'This child already has an open case.');
      }
      if (to === 'open' && kase.childDateOfBirth !== null)
        checkClientAge(kase.childDateOfBirth, kase.origin as CaseOrigin, finnishDate(now));
      const caseloadOverride =
        to === 'open'
          ? await this.responsibleWorkers.takeOneMore(
              manager,
              kase.responsibleWorkerId,
              finnishDate(now),
              caller,
              command.caseloadOverrideReason,
            )
          : null;
      const changes = { status: to, statusReason: command.reason, closedAt: to === 'closed' ? now : null };
      await manager.update(CaseEntity, { id: caseId }, changes);
      if (to === 'closed') {
        await this.events.append(
          manager,
          'CaseClosed.v1',
          caseId,
          { reason: command.reason, closedAt: now.toISOString() },
          caller.actor,
        );
      } else {
        await this.events.append(
          manager,
          'CaseReopened.v1',
          caseId,
          { reason: command.reason, reopenedAt: now.toISOString(), caseloadOverride },
          caller.actor,
        );
      }
      return { ...kase, ...changes };
    });
  }
}
