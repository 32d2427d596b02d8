import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { AlsoAudited } from '@yhdessa/audit';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { AssessmentRecord, InvitationRecord } from '../assessment-record/assessment-record.js';
import { AssessmentRepository, invitationColumns } from '../assessment-record/assessment.repository.js';
import type { Answers } from '../assessment-record/answers.schema.js';
import { ContributionReadsAudit } from '../assessment-record/contribution-reads.audit.js';
import type { AddendumCommand, RecordChildViewCommand, SaveDraftCommand, SubmitCommand } from './contribution.commands.js';
import {
  checkAddendum,
  checkAnswersFitFrame,
  checkSubmittable,
  checkWritable,
  childSafetyConcern,
} from './contribution.domain.js';
import { ContributionError, ContributionErrorCode } from './contribution.error.js';
import { toContributionView, type ContributionView } from './contribution.view.js';

const notInvited = () =>
  new ContributionError(ContributionErrorCode.NotInvited, 'You are not invited to give a view in this assessment.');

/** One's own view: drafts saved with a version check, submitted once, corrected only by addenda; the child's view recorded with them. */
@Injectable()
export class ContributionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentRepository,
    private readonly events: EventPublisher,
    private readonly audit: ContributionReadsAudit,
    private readonly clock: Clock,
  ) {}

  async mine(caseId: string, assessmentId: string, caller: AuthenticatedUser, also: AlsoAudited): Promise<ContributionView> {
    await this.assessments.get(caseId, assessmentId);
    const invitation = await this.assessments.invitationOf(assessmentId, caller.userId);
    if (!invitation) throw notInvited();
    const view = toContributionView(invitation, await this.assessments.addenda([invitation.id]));
    this.audit.record(also, caller, caseId, [invitation.informationClass]);
    return view;
  }

  async saveDraft(
    caseId: string,
    assessmentId: string,
    command: SaveDraftCommand,
    caller: AuthenticatedUser,
  ): Promise<ContributionView> {
    return this.dataSource.transaction(async (manager) => {
      const { assessment, invitation } = await this.lockOwn(manager, caseId, assessmentId, { userId: caller.userId });
      checkWritable(assessment.status, invitation, command.expectedVersion);
      checkAnswersFitFrame(command.answers, assessment.frame);
      const saved = await this.write(manager, invitation, { answers: command.answers, submit: false });
      await this.raiseSafetyConcern(manager, assessment, saved, caller);
      return toContributionView(saved, []);
    });
  }

  async submit(
    caseId: string,
    assessmentId: string,
    command: SubmitCommand,
    caller: AuthenticatedUser,
  ): Promise<ContributionView> {
    return this.dataSource.transaction(async (manager) => {
      const { assessment, invitation } = await this.lockOwn(manager, caseId, assessmentId, { userId: caller.userId });
      checkWritable(assessment.status, invitation, command.expectedVersion);
      if (!invitation.answers) throw new ContributionError(ContributionErrorCode.Empty, 'Save the view before submitting it.');
      checkAnswersFitFrame(invitation.answers, assessment.frame);
      checkSubmittable(invitation.answers);
      const submitted = await this.write(manager, invitation, { answers: invitation.answers, submit: true });
      await this.submitted(manager, assessment, submitted, caller);
      return toContributionView(submitted, []);
    });
  }

  /** The child's view as a worker recorded it with the child: submitted at once, marked by whom and how it was found out. */
  async recordChildView(
    caseId: string,
    assessmentId: string,
    invitationId: string,
    command: RecordChildViewCommand,
    caller: AuthenticatedUser,
  ): Promise<ContributionView> {
    return this.dataSource.transaction(async (manager) => {
      const { assessment, invitation } = await this.lockOwn(manager, caseId, assessmentId, { invitationId });
      if (invitation.participantKind !== 'child') {
        throw new ContributionError(ContributionErrorCode.NotChildView, "Only the child's view is recorded by a worker.");
      }
      checkWritable(assessment.status, invitation, command.expectedVersion);
      checkAnswersFitFrame(command.answers, assessment.frame);
      checkSubmittable(command.answers);
      const submitted = await this.write(manager, invitation, {
        answers: command.answers,
        submit: true,
        recordedBy: { userId: caller.userId, displayName: caller.displayName, how: command.howFoundOut },
      });
      await this.submitted(manager, assessment, submitted, caller);
      return toContributionView(submitted, []);
    });
  }

  /** The only change to a submitted view: an addendum, by its author, shown beside it. */
  async addAddendum(
    caseId: string,
    assessmentId: string,
    invitationId: string,
    command: AddendumCommand,
    caller: AuthenticatedUser,
  ): Promise<ContributionView> {
    return this.dataSource.transaction(async (manager) => {
      const { assessment, invitation } = await this.lockOwn(manager, caseId, assessmentId, { invitationId });
      if (invitation.userId !== caller.userId && invitation.recordedByUserId !== caller.userId) throw notInvited();
      checkAddendum(assessment.status, invitation);
      const addendumId = newId();
      const now = this.clock.now();
      await manager.query(
        `INSERT INTO assessment_addendum (id, invitation_id, text, added_at, added_by_user_id, added_by_name)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [addendumId, invitation.id, command.text, now, caller.userId, caller.displayName],
      );
      await this.events.append(
        manager,
        'AssessmentContributionAmended.v1',
        caseId,
        { assessmentId, invitationId: invitation.id, addendumId, addedAt: now.toISOString() },
        caller.actor,
      );
      return toContributionView(invitation, await this.assessments.addenda([invitation.id], manager));
    });
  }

  /**
   * The assessment (shared: completing it waits for this change, and this one for the completion)
   * and the invitation (locked: its saves line up and check the version one after another).
   */
  private async lockOwn(
    manager: EntityManager,
    caseId: string,
    assessmentId: string,
    whose: { userId: string } | { invitationId: string },
  ): Promise<{ assessment: AssessmentRecord; invitation: InvitationRecord }> {
    const [assessment]: AssessmentRecord[] = await manager.query(
      `SELECT id, case_id AS "caseId", status, frame, lead_user_id AS "leadUserId" FROM assessment
       WHERE id = $1 AND case_id = $2 FOR SHARE`,
      [assessmentId, caseId],
    );
    if (!assessment) await this.assessments.get(caseId, assessmentId, manager);
    const [invitation]: InvitationRecord[] =
      'userId' in whose
        ? await manager.query(
            `SELECT ${invitationColumns()} FROM assessment_invitation WHERE assessment_id = $1 AND user_id = $2 FOR UPDATE`,
            [assessmentId, whose.userId],
          )
        : await manager.query(
            `SELECT ${invitationColumns()} FROM assessment_invitation WHERE assessment_id = $1 AND id = $2 FOR UPDATE`,
            [assessmentId, whose.invitationId],
          );
    if (!invitation) throw notInvited();
    return { assessment: assessment!, invitation };
  }

  private async write(
    manager: EntityManager,
    invitation: InvitationRecord,
    change: { answers: Answers; submit: boolean; recordedBy?: { userId: string; displayName: string; how: string } },
  ): Promise<InvitationRecord> {
    const now = this.clock.now();
    const result: unknown[] = await manager.query(
      `UPDATE assessment_invitation SET answers = $2::jsonb, version = version + 1, saved_at = $3::timestamptz,
         submitted_at = CASE WHEN $4::boolean THEN $3::timestamptz ELSE NULL END,
         recorded_by_user_id = $5, recorded_by_name = $6, recorded_how = $7
       WHERE id = $1 RETURNING ${invitationColumns()}`,
      [
        invitation.id,
        JSON.stringify(change.answers),
        now,
        change.submit,
        change.recordedBy?.userId ?? null,
        change.recordedBy?.displayName ?? null,
        change.recordedBy?.how ?? null,
      ],
    );
    // An UPDATE … RETURNING answers [rows, count].
    const rows = (Array.isArray(result[0]) ? result[0] : result) as InvitationRecord[];
    return rows[0]!;
  }

  private async submitted(
    manager: EntityManager,
    assessment: AssessmentRecord,
    invitation: InvitationRecord,
    caller: AuthenticatedUser,
  ): Promise<void> {
    await this.events.append(
      manager,
      'AssessmentContributionSubmitted.v1',
      assessment.caseId,
      {
        assessmentId: assessment.id,
        invitationId: invitation.id,
        informationClass: invitation.informationClass,
        recordedByUserId: invitation.recordedByUserId,
        submittedAt: invitation.submittedAt!.toISOString(),
      },
      caller.actor,
    );
    await this.raiseSafetyConcern(manager, assessment, invitation, caller);
  }

  /** A child's answer that they do not feel safe goes to the lead at once, once per view, draft or not. */
  private async raiseSafetyConcern(
    manager: EntityManager,
    assessment: AssessmentRecord,
    invitation: InvitationRecord,
    caller: AuthenticatedUser,
  ): Promise<void> {
    if (invitation.participantKind !== 'child' || invitation.safetyConcernRaisedAt !== null || !invitation.answers) return;
    const reasons = childSafetyConcern(invitation.answers);
    if (reasons.length === 0) return;
    const now = this.clock.now();
    await manager.query('UPDATE assessment_invitation SET safety_concern_raised_at = $2 WHERE id = $1', [invitation.id, now]);
    await this.events.append(
      manager,
      'ChildSafetyConcernRaised.v1',
      assessment.caseId,
      {
        assessmentId: assessment.id,
        invitationId: invitation.id,
        responsibleWorkerId: assessment.leadUserId,
        reasons,
        raisedAt: now.toISOString(),
      },
      caller.actor,
    );
  }
}
