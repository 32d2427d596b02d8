import { Injectable } from '@nestjs/common';
import { caseSight, type CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { AlsoAudited } from '@yhdessa/audit';
import type { InformationClass } from '@yhdessa/contracts';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { AssessmentRecord, InvitationRecord, StoredSynthesis } from '../assessment-record/assessment-record.js';
import type { Answers } from '../assessment-record/answers.schema.js';
import { AssessmentRepository } from '../assessment-record/assessment.repository.js';
import { ContributionReadsAudit } from '../assessment-record/contribution-reads.audit.js';
import { AssessmentError, AssessmentErrorCode } from '../assessment-record/assessment.error.js';
import { seesContribution } from '../contribution/contribution-visibility.domain.js';
import { ContributionError, ContributionErrorCode } from '../contribution/contribution.error.js';
import { disagreementOn, type Disagreement } from './disagreement.domain.js';
import { MatrixRepository } from './matrix.repository.js';
import type { CompleteAssessmentCommand, SaveSynthesisCommand } from './synthesis.commands.js';
import { checkCompletable, checkSynthesisReferences, checkSynthesisVersion } from './synthesis.domain.js';
import type { CompletedAssessmentView, FamilyCopyView, MatrixView } from './synthesis.view.js';

type Submitted = InvitationRecord & { answers: NonNullable<InvitationRecord['answers']>; submittedAt: Date };
const isSubmitted = (invitation: InvitationRecord): invitation is Submitted =>
  invitation.submittedAt !== null && invitation.answers !== null;

/** Disagreement on each of the frame's domains (its keys, in its order), over the given views. */
const disagreements = (
  domainKeys: readonly string[],
  views: ReadonlyArray<{ invitationId: string; answers: Answers }>,
): Map<string, Disagreement> =>
  new Map(
    domainKeys.map((domain) => [
      domain,
      disagreementOn(
        views.map((view) => ({ invitationId: view.invitationId, score: view.answers.domains[domain]?.score ?? null })),
      ),
    ]),
  );

/** The matrix of views with their disagreements, the lead's synthesis, its completion, and the family's copy. */
@Injectable()
export class SynthesisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentRepository,
    private readonly matrices: MatrixRepository,
    private readonly events: EventPublisher,
    private readonly audit: ContributionReadsAudit,
    private readonly clock: Clock,
  ) {}

  /**
   * Only the views the reader may see (the blind rule, their information classes today), and
   * disagreement over those; one read of the database, and the classes served recorded with the route's record.
   */
  async matrix(
    caseId: string,
    assessmentId: string,
    caller: AuthenticatedUser,
    reader: CaseReader,
    also: AlsoAudited,
  ): Promise<MatrixView> {
    const source = await this.matrices.source(caseId, assessmentId, caller.userId);
    const facts = {
      readerUserId: caller.userId,
      classes: caseSight(reader).classes,
      leadUserId: source.leadUserId,
      blindUntilSubmitted: source.blindUntilSubmitted,
      own: source.ownSubmitted === null ? null : { submitted: source.ownSubmitted },
    };
    const visible = source.views.filter((view) =>
      seesContribution(facts, { authorUserId: view.authorUserId, informationClass: view.informationClass, submitted: true }),
    );
    const isLead = caller.userId === source.leadUserId;
    const served: InformationClass[] = visible.map((view) => view.informationClass);
    if (isLead && source.synthesis) served.push('child-protection');
    this.audit.record(also, caller, caseId, served);
    return {
      assessmentId,
      status: source.status,
      frameVersion: source.frameVersion,
      domains: [...disagreements(source.domainKeys, visible)].map(([domain, disagreement]) => ({ domain, disagreement })),
      views: visible.map(({ authorUserId: _author, ...column }) => column),
      synthesis: isLead ? { version: source.synthesisVersion, draft: source.synthesis } : null,
    };
  }

  async save(
    caseId: string,
    assessmentId: string,
    command: SaveSynthesisCommand,
    caller: AuthenticatedUser,
  ): Promise<{ version: number; draft: StoredSynthesis }> {
    return this.dataSource.transaction(async (manager) => {
      const { assessment, submitted } = await this.lockAsLead(manager, caseId, assessmentId, caller);
      checkSynthesisVersion(assessment.synthesisVersion, command.expectedVersion);
      checkSynthesisReferences(command.synthesis, assessment.frame, new Set(submitted.map((view) => view.id)));
      const draft: StoredSynthesis = {
        ...command.synthesis,
        needs: command.synthesis.needs.map((need) => ({ needId: newId(), ...need })),
      };
      await manager.query('UPDATE assessment SET synthesis = $2, synthesis_version = synthesis_version + 1 WHERE id = $1', [
        assessmentId,
        JSON.stringify(draft),
      ]);
      return { version: assessment.synthesisVersion + 1, draft };
    });
  }

  /** Completes the assessment when its synthesis keeps every disagreement; the event carries the needs to the plan and the deadline. */
  async complete(
    caseId: string,
    assessmentId: string,
    command: CompleteAssessmentCommand,
    caller: AuthenticatedUser,
  ): Promise<CompletedAssessmentView> {
    return this.dataSource.transaction(async (manager) => {
      const { assessment, submitted } = await this.lockAsLead(manager, caseId, assessmentId, caller);
      checkSynthesisVersion(assessment.synthesisVersion, command.expectedVersion);
      const synthesis = assessment.synthesis!;
      const views = submitted.map((view) => ({ invitationId: view.id, answers: view.answers }));
      const domainKeys = assessment.frame.domains.map((domain) => domain.key);
      checkCompletable(synthesis, disagreements(domainKeys, views), submitted.length);
      const now = this.clock.now();
      await manager.query("UPDATE assessment SET status = 'completed', completed_at = $2 WHERE id = $1", [assessmentId, now]);
      await this.events.append(
        manager,
        'AssessmentCompleted.v1',
        caseId,
        { assessmentId, kind: assessment.kind, completedAt: now.toISOString(), needs: synthesis.needs },
        caller.actor,
      );
      return { assessmentId, completedAt: now.toISOString(), needs: synthesis.needs };
    });
  }

  async familyCopy(caseId: string, assessmentId: string): Promise<FamilyCopyView> {
    const assessment = await this.assessments.get(caseId, assessmentId);
    if (assessment.status !== 'completed' || !assessment.synthesis || !assessment.completedAt) {
      throw new AssessmentError(AssessmentErrorCode.NotCompleted, 'The assessment is not completed yet.');
    }
    const synthesis = assessment.synthesis;
    return {
      assessmentId,
      completedAt: assessment.completedAt.toISOString(),
      familySummary: synthesis.familySummary,
      childView: synthesis.domains
        .filter((entry) => entry.childView.trim() !== '')
        .map((entry) => ({ domain: entry.domain, text: entry.childView })),
      needs: synthesis.needs.map((need) => ({ text: need.text, domains: need.domains })),
    };
  }

  private async lockAsLead(
    manager: EntityManager,
    caseId: string,
    assessmentId: string,
    caller: AuthenticatedUser,
  ): Promise<{ assessment: AssessmentRecord; submitted: Submitted[] }> {
    const assessment = await this.assessments.lock(manager, caseId, assessmentId);
    if (assessment.leadUserId !== caller.userId) {
      throw new AssessmentError(AssessmentErrorCode.NotLead, 'Only the worker who leads the assessment writes its synthesis.');
    }
    if (assessment.status === 'completed') {
      throw new ContributionError(ContributionErrorCode.AssessmentCompleted, 'The assessment is completed already.');
    }
    const submitted = (await this.assessments.invitations(assessmentId, 'submitted', manager)).filter(isSubmitted);
    return { assessment, submitted };
  }
}
