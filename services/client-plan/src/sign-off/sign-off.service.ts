import { Inject, Injectable } from '@nestjs/common';
import type { CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { CareTeamAccess, isActiveOn } from '@yhdessa/care-team';
import { EventPublisher, type OutboxEvent } from '@yhdessa/messaging';
import { Clock, finnishDate, newId } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { responsibleWorkerOf } from '../plan-record/care-team.domain.js';
import { checkPlanContent, type PlanRules } from '../plan-record/plan-content.domain.js';
import { PLAN_RULES } from '../plan-record/plan-rules.provider.js';
import { PlanSignatoryEntity } from '../plan-record/plan-signatory.entity.js';
import { PlanViews } from '../plan-record/plan-views.js';
import { PlanError, PlanErrorCode } from '../plan-record/plan.error.js';
import { PlanRepository } from '../plan-record/plan.repository.js';
import type { PlanView } from '../plan-record/plan.view.js';
import type { AnswerSignOffCommand, OpenSignOffCommand } from './sign-off.commands.js';
import { bringsIntoForce, decideAnswer, isAwaitedSignature, signaturesAwaited } from './sign-off.domain.js';
import { SignOffRepository, type RoundToAnswer } from './sign-off.repository.js';
import { SignOffError, SignOffErrorCode } from './sign-off.error.js';
import { requireChildAge } from './child-age.domain.js';
import { deriveSignatories } from './signatories.domain.js';

const dayMs = 86_400_000;

@Injectable()
export class SignOffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
    private readonly signOff: SignOffRepository,
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
      await this.signOff.openRound(manager, draft.planId, version, {
        round,
        roundExpiresAt: expiresAt,
        roundOrdered: command.ordered,
        awaited: signaturesAwaited(signatories),
      });
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
   * A party signs, comments or declines, binding the hash they read. Answers share the plan's lock, so
   * edits, a round's opening and its expiry wait for them (an answer after an edit is refused for its
   * stale hash), while answers given at the same moment go on side by side: each is recorded and counted
   * in one statement that locks the version's row, held only for the counting, the events and the
   * commit. The signature that leaves none awaited brings the version into force (the one before is
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
      const round = await this.signOff.roundToAnswer(manager, caseId, version, true);
      const decide = (known: RoundToAnswer) =>
        decideAnswer({
          version: known.version,
          signatories: known.signatories,
          answers: known.answers,
          userId: caller.userId,
          contentHash: command.contentHash,
          answer: command.answer,
          now,
        });
      const decision = decide(round);
      const { planId } = round;
      const part = round.signatories.find((signatory) => signatory.userId === caller.userId)!.part;
      const answer = {
        signatureId: newId(),
        planId,
        version,
        round: round.version.round,
        userId: caller.userId,
        displayName: caller.displayName,
        agency: caller.agency,
        decision,
        contentHash: command.contentHash,
        remark: command.remark ?? null,
        signedAt: now,
      };
      const awaited = await this.signOff.record(manager, answer, isAwaitedSignature(decision, part) ? 1 : 0); // plan_signature_once_per_round
      if (awaited === null) {
        // The version changed while this answer waited for its row: refused as it stands now.
        decide(await this.signOff.roundToAnswer(manager, caseId, version, false));
        throw new SignOffError(SignOffErrorCode.NotOpenForSigning, 'This version is not out for signing.');
      }
      const common = { planId, version, round: answer.round, contentHash: command.contentHash };
      const who = { userId: caller.userId, agency: caller.agency };
      if (decision === 'declined') {
        await this.events.append(
          manager,
          'PlanVersionDeclined.v1',
          caseId,
          { ...common, declinedBy: who, reason: answer.remark! },
          caller.actor,
        );
        return;
      }
      const signed: OutboxEvent = {
        name: 'PlanVersionSigned.v1',
        caseId,
        payload: { ...common, signatory: who, decision },
        actor: caller.actor,
      };
      if (!bringsIntoForce(decision, awaited)) {
        await this.events.appendAll(manager, [signed]);
        return;
      }
      await this.signOff.bringIntoForce(manager, planId, version, now);
      await this.events.appendAll(manager, [
        signed,
        {
          name: 'PlanVersionSignedOff.v1',
          caseId,
          payload: { planId, version, signedOffAt: now.toISOString() },
          actor: caller.actor,
        },
      ]);
    });
    // Read after the commit: the plan's lock is held only for the decision and its writes.
    return this.views.plan(await this.plans.stateOf(caseId), reader);
  }
}
