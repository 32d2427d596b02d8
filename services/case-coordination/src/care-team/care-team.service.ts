import { Injectable } from '@nestjs/common';
import { careTeamMemberFields, caseSight, redact, type CaseReader, type Redacted } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { Actor, Agency } from '@yhdessa/contracts';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, newId, finnishDate } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CareTeamMemberEntity } from '../case-record/care-team-member.entity.js';
import { CareTeamMemberRepository } from '../case-record/care-team-member.repository.js';
import { CaseRepository } from '../case-record/case.repository.js';
import { CaseStatePublisher } from '../case-state/case-state.publisher.js';
import type { AddCareTeamMemberCommand, RemoveCareTeamMemberCommand } from './care-team.commands.js';
import { CareTeamError, CareTeamErrorCode } from './care-team.error.js';
import { responsibleWorkerRole, toCareTeamMemberView, type CareTeamMemberView } from './care-team.view.js';

@Injectable()
export class CareTeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly members: CareTeamMemberRepository,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly caseState: CaseStatePublisher,
  ) {}

  async add(
    caseId: string,
    command: AddCareTeamMemberCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<Redacted<CareTeamMemberView>> {
    return this.dataSource.transaction(async (manager) => {
      // The case row's lock serialises changes to its care team: two requests cannot both add the same person.
      await this.cases.lockOpen(manager, caseId);
      if (await this.members.isOnCareTeam(manager, caseId, command.userId)) {
        throw new CareTeamError(CareTeamErrorCode.AlreadyOnCareTeam, 'This person is already on the care team.');
      }
      return redact(
        toCareTeamMemberView(await this.insertMember(manager, caseId, command, caller.actor)),
        careTeamMemberFields,
        caseSight(reader),
      );
    });
  }

  /**
   * Puts a social worker on the case's care team as its responsible social worker, unless they are
   * on it already: in the caller's transaction (opening a case, handing it over).
   */
  async joinAsResponsibleWorker(
    manager: EntityManager,
    caseId: string,
    worker: { userId: string; displayName: string },
    caller: AuthenticatedUser,
    now: Date,
  ): Promise<void> {
    if (await this.members.isOnCareTeam(manager, caseId, worker.userId)) return;
    await this.insertMember(
      manager,
      caseId,
      {
        ...worker,
        agency: 'child-protection',
        participantKind: 'professional',
        roleInCase: responsibleWorkerRole,
        since: finnishDate(now),
        until: null,
      },
      caller.actor,
    );
  }

  async remove(caseId: string, memberId: string, command: RemoveCareTeamMemberCommand, caller: AuthenticatedUser): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const kase = await this.cases.lockOpen(manager, caseId);
      const member = await this.members.findOnCareTeam(manager, caseId, memberId);
      if (!member) throw new CareTeamError(CareTeamErrorCode.MemberNotFound, 'No such active member on this case.');
      if (member.userId === kase.responsibleWorkerId) {
        throw new CareTeamError(
          CareTeamErrorCode.ResponsibleWorkerCannotLeave,
          'Hand the case over before the responsible worker leaves.',
        );
      }
      const now = this.clock.now();
      const until = finnishDate(now);
      await manager.update(CareTeamMemberEntity, { memberId }, { removedAt: now, until, removalReason: command.reason });
      await this.events.append(
        manager,
        'CareTeamMemberRemoved.v1',
        caseId,
        {
          memberId,
          userId: member.userId,
          agency: member.agency as Agency,
          until,
          reason: command.reason,
        },
        caller.actor,
      );
      await this.caseState.append(manager, caseId, caller.actor);
    });
  }

  async list(caseId: string, reader: CaseReader): Promise<Redacted<CareTeamMemberView>[]> {
    const members = await this.members.everyMember(caseId);
    const sight = caseSight(reader);
    return members.map((member) => redact(toCareTeamMemberView(member), careTeamMemberFields, sight));
  }

  /** The one way a member joins: the row and its CareTeamMemberAdded event, in one transaction. */
  private async insertMember(
    manager: EntityManager,
    caseId: string,
    joining: AddCareTeamMemberCommand,
    actor: Actor,
  ): Promise<CareTeamMemberEntity> {
    const member = manager.create(CareTeamMemberEntity, {
      memberId: newId(),
      caseId,
      ...joining,
      removedAt: null,
      removalReason: null,
    });
    await manager.insert(CareTeamMemberEntity, member);
    await this.events.append(
      manager,
      'CareTeamMemberAdded.v1',
      caseId,
      {
        memberId: member.memberId,
        userId: member.userId,
        displayName: member.displayName,
        agency: joining.agency,
        participantKind: joining.participantKind,
        roleInCase: member.roleInCase,
        since: member.since,
        until: member.until,
      },
      actor,
    );
    await this.caseState.append(manager, caseId, actor);
    return member;
  }
}
