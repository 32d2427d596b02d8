import { Inject, Injectable } from '@nestjs/common';
import { caseSight, type CaseReader } from '@yhdessa/access';
import type { AlsoAudited } from '@yhdessa/audit';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { CareTeamAccess, isActiveOn } from '@yhdessa/care-team';
import type { PlanDraftStartedV1 } from '@yhdessa/contracts';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, finnishDate, newId } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { responsibleWorkerOf } from '../plan-record/care-team.domain.js';
import { contentHash } from '../plan-record/content-hash.util.js';
import { checkPlanContent, type PlanRules } from '../plan-record/plan-content.domain.js';
import { blankPlanContent, type PlanContent } from '../plan-record/plan-content.schema.js';
import { PlanRevisionEntity } from '../plan-record/plan-revision.entity.js';
import { PLAN_RULES } from '../plan-record/plan-rules.provider.js';
import { PlanVersionEntity } from '../plan-record/plan-version.entity.js';
import { PlanViews } from '../plan-record/plan-views.js';
import { classesShown, contentFor, withActionsKeptFromReader } from '../plan-record/plan-visibility.domain.js';
import { PlanEntity } from '../plan-record/plan.entity.js';
import { PlanError, PlanErrorCode } from '../plan-record/plan.error.js';
import { PlanRepository } from '../plan-record/plan.repository.js';
import { toRevisionView, type PlanVersionDetailView, type PlanView } from '../plan-record/plan.view.js';
import type { PlanDiffQuery, SavePlanCommand, StartPlanCommand } from './plan.commands.js';
import { classifyChange, wordingAuthorsOf } from './plan-change.domain.js';
import { diffPlanContents, type PlanDifference } from './plan-diff.domain.js';

/** Who wrote a revision: a signed-in user, or the person whose completed assessment started the draft. */
export type PlanAuthor = Pick<AuthenticatedUser, 'userId' | 'displayName' | 'actor'>;

export interface PlanDiffView {
  from: { version: number; revision: number };
  to: { version: number; revision: number };
  differences: PlanDifference[];
}

@Injectable()
export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
    private readonly views: PlanViews,
    private readonly careTeam: CareTeamAccess,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    @Inject(PLAN_RULES) private readonly rules: PlanRules,
  ) {}

  /** The responsible social worker starts the case's one plan: its first version, a draft. */
  async start(caseId: string, command: StartPlanCommand, caller: AuthenticatedUser, reader: CaseReader): Promise<PlanView> {
    const now = this.clock.now();
    const today = finnishDate(now);
    await this.requireResponsibleWorker(caseId, caller, today);
    const content = command.content ?? blankPlanContent;
    checkPlanContent(content, today, this.rules);
    return this.dataSource.transaction(async (manager) => {
      const plan = manager.create(PlanEntity, {
        planId: newId(),
        caseId,
        childDateOfBirth: command.childDateOfBirth,
        createdAt: now,
        createdBy: caller.userId,
      });
      await manager.insert(PlanEntity, plan); // plan_one_per_case: a second plan is 409 plan_already_exists
      await this.startVersion(manager, plan, 1, content, 'blank', caller, now);
      return this.views.plan(await this.plans.stateOf(caseId, manager), reader, manager);
    });
  }

  /**
   * Starts the case's plan from a completed assessment, inside the transaction of the event that
   * brought it: the plan of a child whose date of birth the assessment does not carry (null until known).
   */
  async startFromAssessment(manager: EntityManager, caseId: string, content: PlanContent, author: PlanAuthor): Promise<void> {
    const now = this.clock.now();
    checkPlanContent(content, finnishDate(now), this.rules);
    const plan = manager.create(PlanEntity, {
      planId: newId(),
      caseId,
      childDateOfBirth: null,
      createdAt: now,
      createdBy: author.userId,
    });
    await manager.insert(PlanEntity, plan); // plan_one_per_case: a plan started meanwhile fails this, and the redelivery finds it
    await this.startVersion(manager, plan, 1, content, 'assessment', author, now);
  }

  /**
   * Saves a change as a revision, on the revision it was made on (else 409 with the current one). A
   * draft takes any change (one out for signing goes back to draft: its signatures no longer count).
   * A change to the plan in force that is substantive opens the next version, which needs signing while
   * the one in force stays; one that is not (a typo fix by its author, a need, the review date) is a
   * revision of the version in force, whose signed hash is kept.
   */
  async save(caseId: string, command: SavePlanCommand, caller: AuthenticatedUser, reader: CaseReader): Promise<PlanView> {
    const now = this.clock.now();
    checkPlanContent(command.content, finnishDate(now), this.rules);
    return this.dataSource.transaction(async (manager) => {
      const state = await this.plans.stateOf(caseId, manager, true);
      const current = state.open ?? state.inForce;
      if (!current) throw new PlanError(PlanErrorCode.NotFound, 'This case has no client plan yet.');
      if (command.base.version !== current.version || command.base.revision !== current.revision) {
        throw new PlanError(PlanErrorCode.RevisionConflict, 'The plan was changed by someone else; read it again.', {
          current: { version: current.version, revision: current.revision },
        });
      }
      // The reader sent the plan as they see it: the actions kept from them stay as they were.
      const { content, clashes } = withActionsKeptFromReader(command.content, current.content, caseSight(reader), caller.userId);
      if (clashes.length > 0)
        throw new PlanError(PlanErrorCode.ActionIdTaken, 'Another action of the plan already has this id.', { ids: clashes });
      checkPlanContent(content, finnishDate(now), this.rules);
      const hash = contentHash(content);
      if (hash === current.contentHash) throw new PlanError(PlanErrorCode.NothingChanged, 'Nothing was changed.');
      const revisions = await this.plans.revisions(current.planId, current.version, manager);
      const verdict = classifyChange(current.content, content, caller.userId, wordingAuthorsOf(revisions));
      if (current.status === 'in-force' && verdict.substantive) {
        const next = (await this.plans.versions(current.planId, manager)).length + 1;
        await this.startVersion(manager, state.plan, next, content, 'version-in-force', caller, now);
      } else {
        await this.revise(manager, current, content, hash, verdict.substantive, caller, now);
      }
      return this.views.plan(await this.plans.stateOf(caseId, manager), reader, manager);
    });
  }

  async read(caseId: string, caller: AuthenticatedUser, reader: CaseReader, also: AlsoAudited): Promise<PlanView> {
    const view = await this.views.plan(await this.plans.stateOf(caseId), reader);
    this.auditClassesShown(also, caseId, caller, 'client-plan', [view.inForce?.content, view.open?.content]);
    return view;
  }

  async versionDetail(
    caseId: string,
    version: number,
    caller: AuthenticatedUser,
    reader: CaseReader,
    also: AlsoAudited,
  ): Promise<PlanVersionDetailView> {
    const { plan } = await this.plans.stateOf(caseId);
    const found = await this.plans.version(plan.planId, version);
    const view = await this.views.version(found, reader);
    this.auditClassesShown(also, caseId, caller, 'client-plan-version', [view.content]);
    return { ...view, revisions: (await this.plans.revisions(plan.planId, version)).map(toRevisionView) };
  }

  /** What changed between two points of the plan's history, as the reader may see it (another agency's hidden actions left out). */
  async diff(
    caseId: string,
    query: PlanDiffQuery,
    caller: AuthenticatedUser,
    reader: CaseReader,
    also: AlsoAudited,
  ): Promise<PlanDiffView> {
    const { plan } = await this.plans.stateOf(caseId);
    const [from, to] = await Promise.all([
      this.contentAt(plan.planId, query.fromVersion, query.fromRevision),
      this.contentAt(plan.planId, query.toVersion, query.toRevision),
    ]);
    const sight = caseSight(reader);
    const seenFrom = contentFor(from.content, sight, reader.userId).content;
    const seenTo = contentFor(to.content, sight, reader.userId).content;
    this.auditClassesShown(also, caseId, caller, 'client-plan-diff', [seenFrom, seenTo]);
    return {
      from: { version: query.fromVersion, revision: from.revision },
      to: { version: query.toVersion, revision: to.revision },
      differences: diffPlanContents(seenFrom, seenTo),
    };
  }

  private async contentAt(
    planId: string,
    version: number,
    revision?: number,
  ): Promise<{ content: PlanContent; revision: number }> {
    if (revision === undefined) {
      const found = await this.plans.version(planId, version);
      return { content: found.content, revision: found.revision };
    }
    const found = await this.plans.revision(planId, version, revision);
    return { content: found.content, revision };
  }

  private async startVersion(
    manager: EntityManager,
    plan: PlanEntity,
    version: number,
    content: PlanContent,
    from: PlanDraftStartedV1['from'],
    caller: PlanAuthor,
    now: Date,
  ): Promise<void> {
    const hash = contentHash(content);
    await manager.insert(PlanVersionEntity, {
      planId: plan.planId,
      version,
      status: 'draft',
      revision: 1,
      content,
      contentHash: hash,
      round: 0,
      roundExpiresAt: null,
      roundOrdered: false,
      signedOffAt: null,
      signedContentHash: null,
    });
    await this.insertRevision(manager, plan.planId, version, 1, content, hash, version > 1, caller, now);
    await this.events.append(
      manager,
      'PlanDraftStarted.v1',
      plan.caseId,
      { planId: plan.planId, version, from, contentHash: hash },
      caller.actor,
    );
  }

  private async revise(
    manager: EntityManager,
    current: PlanVersionEntity,
    content: PlanContent,
    hash: string,
    substantive: boolean,
    caller: AuthenticatedUser,
    now: Date,
  ): Promise<void> {
    const revision = current.revision + 1;
    const backToDraft = current.status === 'signing';
    await manager.update(
      PlanVersionEntity,
      { planId: current.planId, version: current.version },
      { content, contentHash: hash, revision, ...(backToDraft ? { status: 'draft' as const, roundExpiresAt: null } : {}) },
    );
    await this.insertRevision(manager, current.planId, current.version, revision, content, hash, substantive, caller, now);
    const { caseId } = await manager.findOneByOrFail(PlanEntity, { planId: current.planId });
    await this.events.append(
      manager,
      'PlanRevisionSaved.v1',
      caseId,
      { planId: current.planId, version: current.version, revision, contentHash: hash, substantive },
      caller.actor,
    );
  }

  private insertRevision(
    manager: EntityManager,
    planId: string,
    version: number,
    revision: number,
    content: PlanContent,
    hash: string,
    substantive: boolean,
    caller: PlanAuthor,
    now: Date,
  ) {
    return manager.insert(PlanRevisionEntity, {
      planId,
      version,
      revision,
      content,
      contentHash: hash,
      substantive,
      authorUserId: caller.userId,
      authorName: caller.displayName,
      savedAt: now,
    });
  }

  private async requireResponsibleWorker(caseId: string, caller: AuthenticatedUser, today: string): Promise<void> {
    const active = (await this.careTeam.members(caseId)).filter((member) => isActiveOn(member, today));
    if (responsibleWorkerOf(active)?.userId !== caller.userId)
      throw new PlanError(PlanErrorCode.NotResponsibleWorker, "Only the case's responsible social worker may do this.");
  }

  /**
   * The route's audit record is of the shared plan; each further class of client information shown (an
   * agency's actions) gets its own, which the audit interceptor writes with the route's, in one write.
   */
  private auditClassesShown(
    also: AlsoAudited,
    caseId: string,
    caller: AuthenticatedUser,
    resource: string,
    contents: ReadonlyArray<PlanContent | undefined>,
  ): void {
    const classes = new Set(contents.flatMap((content) => (content ? classesShown(content) : [])));
    classes.delete('shared-plan');
    also.add(
      [...classes].map((informationClass) => ({
        actor: caller.actor,
        action: 'read' as const,
        caseId,
        resource,
        informationClass,
        purpose: 'care-team-work' as const,
        actorDisplayName: caller.displayName,
      })),
    );
  }
}
