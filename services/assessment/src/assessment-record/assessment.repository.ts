import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AssessmentError, AssessmentErrorCode } from './assessment.error.js';
import type { AddendumRecord, AssessmentRecord, InvitationRecord } from './assessment-record.js';

const ASSESSMENT_COLUMNS = `id, case_id AS "caseId", kind, frame, lead_user_id AS "leadUserId", lead_name AS "leadName",
  blind_until_submitted AS "blindUntilSubmitted", status, started_at AS "startedAt", completed_at AS "completedAt",
  synthesis, synthesis_version AS "synthesisVersion"`;

/** The invitation's columns as `InvitationRecord` names them, of the table or of its alias (`i.`). */
/** Which views' content a read takes: every one, only submitted ones (never another's draft), or none. */
export type AnswersRead = 'all' | 'submitted' | 'none';

const answersColumn = (alias: string, read: AnswersRead): string =>
  read === 'all'
    ? `${alias}answers`
    : read === 'submitted'
      ? `CASE WHEN ${alias}submitted_at IS NOT NULL THEN ${alias}answers END AS answers`
      : 'NULL::jsonb AS answers';

export const invitationColumns = (alias = '', answers: AnswersRead = 'all'): string =>
  `${alias}id, ${alias}assessment_id AS "assessmentId", ${alias}case_id AS "caseId", ${alias}user_id AS "userId",
  ${alias}display_name AS "displayName", ${alias}agency, ${alias}participant_kind AS "participantKind",
  ${alias}role_in_case AS "roleInCase", ${alias}information_class AS "informationClass",
  to_char(${alias}due_on, 'YYYY-MM-DD') AS "dueOn", ${alias}invited_at AS "invitedAt",
  ${answersColumn(alias, answers)}, ${alias}version,
  ${alias}saved_at AS "savedAt", ${alias}submitted_at AS "submittedAt", ${alias}recorded_by_user_id AS "recordedByUserId",
  ${alias}recorded_by_name AS "recordedByName", ${alias}recorded_how AS "recordedHow",
  ${alias}safety_concern_raised_at AS "safetyConcernRaisedAt"`;

const notFound = () => new AssessmentError(AssessmentErrorCode.NotFound, 'No such assessment on this case.');

/** Assessments with their invitations and addenda; the features that change one lock its row first. */
@Injectable()
export class AssessmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The assessment of this case, or 404 `assessment_not_found`; `lock` serialises every change to it. */
  async get(
    caseId: string,
    assessmentId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<AssessmentRecord> {
    const [row]: AssessmentRecord[] = await manager.query(
      `SELECT ${ASSESSMENT_COLUMNS} FROM assessment WHERE id = $1 AND case_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [assessmentId, caseId],
    );
    if (!row) throw notFound();
    return row;
  }

  lock(manager: EntityManager, caseId: string, assessmentId: string): Promise<AssessmentRecord> {
    return this.get(caseId, assessmentId, manager, true);
  }

  async ofCase(caseId: string): Promise<AssessmentRecord[]> {
    return this.dataSource.query(`SELECT ${ASSESSMENT_COLUMNS} FROM assessment WHERE case_id = $1 ORDER BY started_at DESC`, [
      caseId,
    ]);
  }

  /** Its invitations, with the views' content `answers` says: drafts stay in the database unless their author reads them. */
  async invitations(
    assessmentId: string,
    answers: AnswersRead,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<InvitationRecord[]> {
    return manager.query(
      `SELECT ${invitationColumns('', answers)} FROM assessment_invitation WHERE assessment_id = $1 ORDER BY invited_at, display_name, id`,
      [assessmentId],
    );
  }

  async invitationsOfAssessments(assessmentIds: readonly string[]): Promise<InvitationRecord[]> {
    if (assessmentIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT ${invitationColumns('', 'none')} FROM assessment_invitation WHERE assessment_id = ANY($1::uuid[]) ORDER BY invited_at, display_name, id`,
      [assessmentIds],
    );
  }

  /** One invitee's invitation with their own view, draft or not. */
  async invitationOf(assessmentId: string, userId: string): Promise<InvitationRecord | null> {
    const [row]: InvitationRecord[] = await this.dataSource.query(
      `SELECT ${invitationColumns()} FROM assessment_invitation WHERE assessment_id = $1 AND user_id = $2`,
      [assessmentId, userId],
    );
    return row ?? null;
  }

  async addenda(invitationIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<AddendumRecord[]> {
    if (invitationIds.length === 0) return [];
    return manager.query(
      `SELECT id, invitation_id AS "invitationId", text, added_at AS "addedAt", added_by_user_id AS "addedByUserId",
              added_by_name AS "addedByName"
       FROM assessment_addendum WHERE invitation_id = ANY($1::uuid[]) ORDER BY added_at, id`,
      [invitationIds],
    );
  }
}
