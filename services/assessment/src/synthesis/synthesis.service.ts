import { Injectable } from '@nestjs/common';
import { caseSight, type CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { AlsoAudited } from '@yhdessa/audit';
import type { InformationClass } from '@yhdessa/contracts';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type {
  AddendumRecord,
  AssessmentRecord,
  InvitationRecord,
  StoredSynthesis,
} from '../assessment-record/assessment-record.js';
import { AssessmentRepository } from '../assessment-record/assessment.repository.js';
import { ContributionReadsAudit } from '../assessment-record/contribution-reads.audit.js';
import { AssessmentError, AssessmentErrorCode } from '../assessment-record/assessment.error.js';
import { seesContribution } from '../contribution/contribution-visibility.domain.js';
import { ContributionError, ContributionErrorCode } from '../contribution/contribution.error.js';
import { toAddendumView } from '../contribution/contribution.view.js';
import { disagreementOn, type Disagreement } from './disagreement.domain.js';
import type { CompleteAssessmentCommand, SaveSynthesisCommand } from './synthesis.commands.js';
import { checkCompletable, checkSynthesisReferences, checkSynthesisVersion } from './synthesis.domain.js';
import type { CompletedAssessmentView, FamilyCopyView, MatrixView } from './synthesis.view.js';

type Submitted = InvitationRecord & { answers: NonNullable<InvitationRecord['answers']>; submittedAt: Date };
const isSubmitted = (invitation: InvitationRecord): invitation is Submitted =>
  invitation.submittedAt !== null && invitation.answers !== null;

/** Disagreement on each domain of the frame, over the given views. */
const disagreements = (assessment: AssessmentRecord, views: readonly Submitted[]): Map<string, Disagreement> =>
  new Map(
    assessment.frame.domains.map((domain) => [
      domain.key,
      disagreementOn(views.map((view) => ({ invitationId: view.id, score: view.answers.domains[domain.key]?.score ?? null }))),
    ]),
  );

/** The matrix of views with their disagreements, the lead's synthesis, its completion, and the family's copy. */
@Injectable()
export class SynthesisService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentRepository,
    private readonly events: EventPublisher,
    private readonly audit: ContributionReadsAudit,
    private readonly clock: Clock,
  ) {}

  /** Only the views the reader may see (the blind rule, their information classes today), and disagreement over those. */
  async matrix(
    caseId: string,
    assessmentId: string,
    caller: AuthenticatedUser,
    reader: CaseReader,
    also: AlsoAudited,
  ): Promise<MatrixView> {
    // One round trip's wait instead of three: the addenda of views the reader may not see are read, never served.
    const [assessment, invitations, allAddenda] = await Promise.all([
      this.assessments.get(caseId, assessmentId),
      this.assessments.invitations(assessmentId, 'submitted'),
      this.assessments.addendaOfAssessment(assessmentId),
    ]);
    const own = invitations.find((invitation) => invitation.userId === caller.userId);
    const facts = {
      readerUserId: caller.userId,
      classes: caseSight(reader).classes,
      leadUserId: assessment.leadUserId,
      blindUntilSubmitted: assessment.blindUntilSubmitted,
      own: own ? { submitted: own.submittedAt !== null } : null,
    };
    const visible = invitations.filter(isSubmitted).filter((invitation) =>
      seesContribution(facts, {
        authorUserId: invitation.userId,
        informationClass: invitation.informationClass,
        submitted: true,
      }),
    );
    const addendaOf = new Map<string, AddendumRecord[]>();
    for (const addendum of allAddenda)
      addendaOf.set(addendum.invitationId, [...(addendaOf.get(addendum.invitationId) ?? []), addendum]);
    const isLead = caller.userId === assessment.leadUserId;
    const served: InformationClass[] = visible.map((view) => view.informationClass);
    if (isLead && assessment.synthesis) served.push('child-protection');
    this.audit.record(also, caller, caseId, served);
    return {
      assessmentId,
      status: assessment.status,
      frameVersion: assessment.frame.version,
      domains: [...disagreements(assessment, visible)].map(([domain, disagreement]) => ({ domain, disagreement })),
      views: visible.map((view) => ({
        invitationId: view.id,
        displayName: view.displayName,
        agency: view.agency,
        participantKind: view.participantKind,
        roleInCase: view.roleInCase,
        informationClass: view.informationClass,
        submittedAt: view.submittedAt.toISOString(),
        recordedBy:
          view.recordedByUserId && view.recordedHow
            ? { userId: view.recordedByUserId, displayName: view.recordedByName ?? '', how: view.recordedHow }
            : null,
        answers: view.answers,
        addenda: (addendaOf.get(view.id) ?? []).map(toAddendumView),
      })),
      synthesis: isLead ? { version: assessment.synthesisVersion, draft: assessment.synthesis } : null,
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
      checkCompletable(synthesis, disagreements(assessment, submitted), submitted.length);
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
