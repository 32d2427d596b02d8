import { Inject, Injectable } from '@nestjs/common';
import type { CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { CareTeamAccess, isActiveOn } from '@yhdessa/care-team';
import { EventPublisher, type OutboxEvent } from '@yhdessa/messaging';
import { Clock, currentContext, finnishDate, newId, type RequestContext } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { responsibleWorkerOf } from '../plan-record/care-team.domain.js';
import { checkPlanContent, type PlanRules } from '../plan-record/plan-content.domain.js';
import { PLAN_RULES } from '../plan-record/plan-rules.provider.js';
import { PlanSignatoryEntity } from '../plan-record/plan-signatory.entity.js';
import type { SignatureDecision } from '../plan-record/plan-signature.entity.js';
import { PlanViews } from '../plan-record/plan-views.js';
import { PlanError, PlanErrorCode } from '../plan-record/plan.error.js';
import type { PlanView } from '../plan-record/plan.view.js';
import { PlanRepository, type PlanState } from '../plan-record/plan.repository.js';
import type { AnswerSignOffCommand, OpenSignOffCommand } from './sign-off.commands.js';
import { bringsIntoForce, decideAnswer, isAwaitedSignature, signaturesAwaited } from './sign-off.domain.js';
import { KeyedBatches } from './keyed-batches.js';
import { SignOffRepository, type Recorded } from './sign-off.repository.js';
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

  private readonly batches = new KeyedBatches<GivenAnswer, PlanState>((_key, batch) => this.answerBatch(batch));

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
   * stale hash), and are counted under the version's row lock: the signature that leaves none awaited
   * brings the version into force (the one before is superseded); a decline sends it back to draft.
   * Answers to one version that arrive while its answers are being written are written together next,
   * in one transaction and one commit, each decided in its turn as if alone; each still gets its own
   * answer, and none is lost when another of them is refused.
   */
  async answer(
    caseId: string,
    version: number,
    command: AnswerSignOffCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<PlanView> {
    const state = await this.batches.add(`${caseId}/${version}`, {
      caseId,
      version,
      command,
      caller,
      now: this.clock.now(),
      context: currentContext(),
    });
    // The plan's state read after the commit, once for the batch; each reader's view of it, their own.
    return this.views.plan(state, reader);
  }

  /**
   * A batch of answers to one version, in one transaction; if it fails as a whole (a rule the database
   * keeps, or the version changed by another instance meanwhile), each answer is given again alone.
   * Those answered get the plan's state as it is after the commit (the locks are held only for the
   * decision and its writes).
   */
  private async answerBatch(batch: readonly GivenAnswer[]): Promise<Array<PromiseSettledResult<PlanState>>> {
    const outcomes = await this.answerTogether(batch);
    if (!outcomes.some((outcome) => outcome.status === 'fulfilled')) return outcomes as Array<PromiseSettledResult<never>>;
    const state = await this.plans.stateOf(batch[0]!.caseId);
    return outcomes.map((outcome) => (outcome.status === 'fulfilled' ? { status: 'fulfilled', value: state } : outcome));
  }

  private async answerTogether(batch: readonly GivenAnswer[]): Promise<Array<PromiseSettledResult<void>>> {
    try {
      return await this.dataSource.transaction((manager) => this.recordAnswers(manager, batch));
    } catch (error) {
      if (batch.length === 1) throw error;
      return Promise.allSettled(
        batch.map(async (given) => {
          const [outcome] = await this.dataSource.transaction((manager) => this.recordAnswers(manager, [given]));
          if (outcome!.status === 'rejected') throw outcome!.reason;
        }),
      );
    }
  }

  /**
   * The answers decided in their order, each on the round as those before it leave it, then recorded
   * and counted with their events. One answer is counted on the version's row as it is when its lock is
   * taken; several are written in one statement that holds only if the version is still as they were
   * decided on (else the batch fails, and each is given again alone).
   */
  private async recordAnswers(manager: EntityManager, batch: readonly GivenAnswer[]): Promise<Array<PromiseSettledResult<void>>> {
    const { caseId, version } = batch[0]!;
    const round = await this.signOff.roundToAnswer(manager, caseId, version, true);
    const { planId } = round;
    let status = round.version.status;
    let awaited = round.awaited;
    let completedAt: Date | null = null;
    const answers = [...round.answers];
    const outcomes: Array<PromiseSettledResult<void>> = [];
    const recorded: Recorded[] = [];
    const events: OutboxEvent[] = [];
    for (const given of batch) {
      const { command, caller, now } = given;
      let decision: SignatureDecision;
      try {
        decision = decideAnswer({
          version: { ...round.version, status },
          signatories: round.signatories,
          answers,
          userId: caller.userId,
          contentHash: command.contentHash,
          answer: command.answer,
          now,
        });
      } catch (refusal) {
        if (!(refusal instanceof SignOffError)) throw refusal;
        outcomes.push({ status: 'rejected', reason: refusal });
        continue;
      }
      const part = round.signatories.find((signatory) => signatory.userId === caller.userId)!.part;
      if (isAwaitedSignature(decision, part)) awaited -= 1;
      const answer: Recorded = {
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
      recorded.push(answer);
      answers.push({ userId: caller.userId, decision });
      outcomes.push({ status: 'fulfilled', value: undefined });
      const common = { planId, version, round: answer.round, contentHash: command.contentHash };
      const who = { userId: caller.userId, agency: caller.agency };
      const from = {
        caseId,
        actor: caller.actor,
        correlationId: given.context?.correlationId,
        causationId: given.context ? (given.context.causationId ?? null) : undefined,
      };
      if (decision === 'declined') {
        events.push({ ...from, name: 'PlanVersionDeclined.v1', payload: { ...common, declinedBy: who, reason: answer.remark! } });
        status = 'draft';
        continue;
      }
      events.push({ ...from, name: 'PlanVersionSigned.v1', payload: { ...common, signatory: who, decision } });
      if (bringsIntoForce(decision, awaited)) {
        events.push({ ...from, name: 'PlanVersionSignedOff.v1', payload: { planId, version, signedOffAt: now.toISOString() } });
        completedAt = now;
        status = 'in-force';
      }
    }
    if (recorded.length === 0) return outcomes;
    if (batch.length === 1) {
      const [answer] = recorded;
      const part = round.signatories.find((signatory) => signatory.userId === answer!.userId)!.part;
      const left = await this.signOff.record(manager, answer!, isAwaitedSignature(answer!.decision, part) ? 1 : 0); // plan_signature_once_per_round
      if (left === null) {
        // The version changed while this answer waited for its row: refused as it stands now.
        const current = await this.signOff.roundToAnswer(manager, caseId, version, false);
        decideAnswer({
          contentHash: batch[0]!.command.contentHash,
          answer: batch[0]!.command.answer,
          version: current.version,
          signatories: current.signatories,
          answers: current.answers,
          userId: answer!.userId,
          now: answer!.signedAt,
        });
        throw new SignOffError(SignOffErrorCode.NotOpenForSigning, 'This version is not out for signing.');
      }
      // Counted on the row as it is now: the signature that leaves none awaited brings the version into force.
      const completes = bringsIntoForce(answer!.decision, left);
      if (completes !== (completedAt !== null)) {
        if (completes) {
          completedAt = answer!.signedAt;
          events.push({
            ...events[0]!,
            name: 'PlanVersionSignedOff.v1',
            payload: { planId, version, signedOffAt: completedAt.toISOString() },
          } as OutboxEvent);
        } else {
          completedAt = null;
          events.splice(1);
        }
      }
    } else {
      const held = await this.signOff.recordAll(manager, recorded, {
        awaitedBefore: round.awaited,
        awaitedTaken: round.awaited - awaited,
        declined: status === 'draft',
      });
      if (!held)
        throw new SignOffError(SignOffErrorCode.NotOpenForSigning, 'The version changed while these answers were decided.');
    }
    if (completedAt) await this.signOff.bringIntoForce(manager, planId, version, completedAt);
    await this.events.appendAll(manager, events);
    return outcomes;
  }
}

/** An answer as given, waiting for its batch: with the request's correlation, for its events. */
interface GivenAnswer {
  caseId: string;
  version: number;
  command: AnswerSignOffCommand;
  caller: AuthenticatedUser;
  now: Date;
  context: RequestContext | undefined;
}
