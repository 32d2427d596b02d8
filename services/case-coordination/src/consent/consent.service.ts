import { Injectable } from '@nestjs/common';
import { caseSight, consentFields, redact, type CaseReader, type Redacted } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, newId, finnishDate } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CareTeamMemberRepository } from '../case-record/care-team-member.repository.js';
import type { CaseEntity } from '../case-record/case.entity.js';
import { CaseRepository } from '../case-record/case.repository.js';
import { ConsentEntity } from '../case-record/consent.entity.js';
import { ConsentRepository } from '../case-record/consent.repository.js';
import { CaseStatePublisher } from '../case-state/case-state.publisher.js';
import type { GiveConsentCommand, WithdrawConsentCommand } from './consent.commands.js';
import { consentFacts, decideConsent, decideWithdrawal, type ConsentFacts } from './consent.domain.js';
import { ConsentError, ConsentErrorCode } from './consent.error.js';
import { toConsentView, type ConsentView } from './consent.view.js';

@Injectable()
export class ConsentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseRepository,
    private readonly members: CareTeamMemberRepository,
    private readonly consents: ConsentRepository,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly caseState: CaseStatePublisher,
  ) {}

  /** A guardian or the young person gives a consent, or a social worker records one given on paper or by word of mouth. */
  async give(
    caseId: string,
    command: GiveConsentCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<Redacted<ConsentView>> {
    return this.dataSource.transaction(async (manager) => {
      // The case row's lock serialises consent changes per case: two requests cannot both give the same consent.
      const kase = await this.cases.lockOpen(manager, caseId);
      const now = this.clock.now();
      const today = finnishDate(now);
      const existing = await this.consents.everyConsent(caseId, manager);
      const { givenBy, method } = decideConsent({
        caller,
        facts: await this.facts(manager, kase, caller),
        consent: command,
        existing,
        today,
      });
      const consent = manager.create(ConsentEntity, {
        consentId: newId(),
        caseId,
        informationClass: command.informationClass,
        toAgency: command.toAgency,
        validFrom: command.validFrom,
        validUntil: command.validUntil,
        givenByName: givenBy.name,
        givenByRole: givenBy.role,
        givenByUserId: givenBy.userId,
        method,
        givenAt: now,
        recordedByUserId: caller.userId,
        recordedByName: caller.displayName,
        withdrawnAt: null,
        withdrawnByName: null,
        withdrawnByRole: null,
        withdrawalRecordedByUserId: null,
      });
      await manager.insert(ConsentEntity, consent);
      await this.events.append(
        manager,
        'ConsentGiven.v1',
        caseId,
        {
          consentId: consent.consentId,
          givenBy: { role: givenBy.role, userId: givenBy.userId },
          method,
          informationClass: consent.informationClass,
          toAgency: consent.toAgency,
          validFrom: consent.validFrom,
          validUntil: consent.validUntil,
          givenAt: now.toISOString(),
        },
        caller.actor,
      );
      await this.caseState.append(manager, caseId, caller.actor);
      return redact(toConsentView(consent, today), consentFields, caseSight(reader));
    });
  }

  /** Withdraws a consent at once; every service stops relying on it when the event reaches it. */
  async withdraw(
    caseId: string,
    consentId: string,
    command: WithdrawConsentCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<Redacted<ConsentView>> {
    return this.dataSource.transaction(async (manager) => {
      const kase = await this.cases.lock(manager, caseId);
      const consent = await manager.findOneBy(ConsentEntity, { caseId, consentId });
      if (!consent) throw new ConsentError(ConsentErrorCode.NotFound, 'No such consent on this case.');
      const now = this.clock.now();
      const today = finnishDate(now);
      const withdrawnBy = decideWithdrawal({
        caller,
        facts: await this.facts(manager, kase, caller),
        consent,
        withdrawnBy: command.withdrawnBy,
        today,
      });
      const withdrawal = {
        withdrawnAt: now,
        withdrawnByName: withdrawnBy.name,
        withdrawnByRole: withdrawnBy.role,
        withdrawalRecordedByUserId: caller.userId,
      };
      await manager.update(ConsentEntity, { consentId }, withdrawal);
      await this.events.append(
        manager,
        'ConsentWithdrawn.v1',
        caseId,
        {
          consentId,
          withdrawnBy: { role: withdrawnBy.role },
          withdrawnAt: now.toISOString(),
        },
        caller.actor,
      );
      await this.caseState.append(manager, caseId, caller.actor);
      return redact(toConsentView({ ...consent, ...withdrawal }, today), consentFields, caseSight(reader));
    });
  }

  async list(caseId: string, reader: CaseReader): Promise<Redacted<ConsentView>[]> {
    const consents = await this.consents.everyConsent(caseId);
    const today = finnishDate(this.clock.now());
    const sight = caseSight(reader);
    return consents.map((consent) => redact(toConsentView(consent, today), consentFields, sight));
  }

  private async facts(manager: EntityManager, kase: CaseEntity, caller: AuthenticatedUser): Promise<ConsentFacts> {
    const members = await this.members.onCareTeam(manager, kase.id);
    return consentFacts(kase, members, caller.userId);
  }
}
