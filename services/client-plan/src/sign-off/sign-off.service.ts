import { Inject, Injectable } from '@nestjs/common';
import type { CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { CareTeamAccess, isActiveOn } from '@yhdessa/care-team';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, finnishDate, newId } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { responsibleWorkerOf } from '../plan-record/care-team.domain.js';
import { checkPlanContent, type PlanRules } from '../plan-record/plan-content.domain.js';
import { PLAN_RULES } from '../plan-record/plan-rules.provider.js';
import { PlanSignatoryEntity } from '../plan-record/plan-signatory.entity.js';
import { PlanSignatureEntity } from '../plan-record/plan-signature.entity.js';
import { PlanVersionEntity } from '../plan-record/plan-version.entity.js';
import { PlanViews } from '../plan-record/plan-views.js';
import { PlanError, PlanErrorCode } from '../plan-record/plan.error.js';
import { PlanRepository } from '../plan-record/plan.repository.js';
import type { PlanView } from '../plan-record/plan.view.js';
import type { AnswerSignOffCommand, OpenSignOffCommand } from './sign-off.commands.js';
import { decideAnswer, everyoneSigned } from './sign-off.domain.js';
import { SignOffError, SignOffErrorCode } from './sign-off.error.js';
import { requireChildAge } from './child-age.domain.js';
import { deriveSignatories } from './signatories.domain.js';

const dayMs = 86_400_000;

@Injectable()
export class SignOffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
    private readonly views: PlanViews,
    private readonly careTeam: CareTeamAccess,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    @Inject(PLAN_RULES) private readonly rules: PlanRules,
  ) {}

  /** The responsible social worker puts the draft to the parties the plan and the care team call for. */
  async open(
    caseId: string,
    version: number,
    command: OpenSignOffCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<PlanView> {
    const now = this.clock.now();
    const today = finnishDate(now);
    return this.dataSource.transaction(async (manager) => {
      const state = await this.plans.stateOf(caseId, manager, true);
      const draft = state.open;
      if (!draft || draft.version !== version || draft.status !== 'draft') {
        await this.plans.version(state.plan.planId, version, manager); // 404 for a version that does not exist
        throw new SignOffError(SignOffErrorCode.NotDraft, 'Only a draft is put to its parties.');
      }
      const active = (await this.careTeam.members(caseId)).filter((member) => isActiveOn(member, today));
      if (responsibleWorkerOf(active)?.userId !== caller.userId)
        throw new PlanError(PlanErrorCode.NotResponsibleWorker, "Only the case's responsible social worker may do this.");
      if (draft.content.reviewOn === null)
        throw new SignOffError(SignOffErrorCode.ReviewMissing, 'The plan needs a review date before signing.');
      checkPlanContent(draft.content, today, this.rules);
      requireChildAge(active, state.plan.childDateOfBirth);
      const signatories = deriveSignatories({
        active,
        content: draft.content,
        childDateOfBirth: state.plan.childDateOfBirth,
        today,
      });
      const round = draft.round + 1;
      const expiresAt = new Date(now.getTime() + this.rules.signOffRoundDays * dayMs);
      await manager.update(
        PlanVersionEntity,
        { planId: draft.planId, version },
        { status: 'signing', round, roundExpiresAt: expiresAt, roundOrdered: command.ordered },
      );
      await manager.insert(
        PlanSignatoryEntity,
        signatories.map((signatory, index) => ({ planId: draft.planId, version, round, position: index + 1, ...signatory })),
      );
      await this.events.append(
        manager,
        'PlanSignOffRequested.v1',
        caseId,
        {
          planId: draft.planId,
          version,
          round,
          contentHash: draft.contentHash,
          signatories: signatories.map(({ userId, agency, part }) => ({ userId, agency, part })),
          ordered: command.ordered,
          expiresAt: expiresAt.toISOString(),
        },
        caller.actor,
      );
      return this.views.plan(await this.plans.stateOf(caseId, manager), reader, manager);
    });
  }

  /**
   * A party signs, comments or declines, binding the hash they read. The plan's lock puts answers and
   * edits in one order: answers given at the same moment all count, and one given after an edit is
   * refused for its stale hash. The last signature brings the version into force (the one before is
   * superseded); a decline sends it back to draft.
   */
  async answer(
    caseId: string,
    version: number,
    command: AnswerSignOffCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<PlanView> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const state = await this.plans.stateOf(caseId, manager, true);
      // The open and in-force versions came with the plan's state, read under its lock; only an older one is read again.
      const target =
        [state.open, state.inForce].find((known) => known?.version === version) ??
        (await this.plans.version(state.plan.planId, version, manager));
      const [signatories, answers] = await Promise.all([
        this.plans.signatories(target.planId, version, target.round, manager),
        this.plans.answers(target.planId, version, manager),
      ]);
      const roundAnswers = answers.filter((answer) => answer.round === target.round);
      const decision = decideAnswer({
        version: target,
        signatories,
        answers: roundAnswers,
        userId: caller.userId,
        contentHash: command.contentHash,
        answer: command.answer,
        now,
      });
      const answer = manager.create(PlanSignatureEntity, {
        signatureId: newId(),
        planId: target.planId,
        version,
        round: target.round,
        userId: caller.userId,
        displayName: caller.displayName,
        agency: caller.agency,
        decision,
        contentHash: command.contentHash,
        remark: command.remark ?? null,
        signedAt: now,
      });
      await manager.insert(PlanSignatureEntity, answer); // plan_signature_once_per_round
      const common = { planId: target.planId, version, round: target.round, contentHash: target.contentHash };
      const who = { userId: caller.userId, agency: caller.agency };
      if (decision === 'declined') {
        await manager.update(PlanVersionEntity, { planId: target.planId, version }, { status: 'draft', roundExpiresAt: null });
        await this.events.append(
          manager,
          'PlanVersionDeclined.v1',
          caseId,
          { ...common, declinedBy: who, reason: answer.remark! },
          caller.actor,
        );
      } else {
        await this.events.append(manager, 'PlanVersionSigned.v1', caseId, { ...common, signatory: who, decision }, caller.actor);
        if (everyoneSigned(signatories, [...roundAnswers, answer])) {
          if (state.inForce)
            await manager.update(
              PlanVersionEntity,
              { planId: target.planId, version: state.inForce.version },
              { status: 'superseded' },
            );
          await manager.update(
            PlanVersionEntity,
            { planId: target.planId, version },
            { status: 'in-force', signedOffAt: now, signedContentHash: target.contentHash, roundExpiresAt: null },
          );
          await this.events.append(
            manager,
            'PlanVersionSignedOff.v1',
            caseId,
            { planId: target.planId, version, signedOffAt: now.toISOString() },
            caller.actor,
          );
        }
      }
    });
    // Read after the commit: the plan's lock is held only for the decision and its writes.
    return this.views.plan(await this.plans.stateOf(caseId), reader);
  }
}
