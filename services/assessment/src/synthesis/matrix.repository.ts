import { Injectable } from '@nestjs/common';
import type { InformationClass } from '@yhdessa/contracts';
import { DataSource } from 'typeorm';
import type { Answers } from '../assessment-record/answers.schema.js';
import type { StoredSynthesis } from '../assessment-record/assessment-record.js';
import { AssessmentError, AssessmentErrorCode } from '../assessment-record/assessment.error.js';
import type { AddendumView } from '../contribution/contribution.view.js';

/** One submitted view as the matrix reads it: what a column shows, and whose it is (for the visibility rule, never served). */
export interface MatrixSourceView {
  invitationId: string;
  authorUserId: string;
  displayName: string;
  agency: string;
  participantKind: string;
  roleInCase: string;
  informationClass: InformationClass;
  submittedAt: string;
  recordedBy: { userId: string; displayName: string; how: string } | null;
  answers: Answers;
  addenda: AddendumView[];
}

/** What the matrix of one assessment is made of, for one reader. */
export interface MatrixSource {
  status: 'open' | 'completed';
  frameVersion: number;
  /** The frame's domains, in its order. */
  domainKeys: string[];
  leadUserId: string;
  blindUntilSubmitted: boolean;
  synthesisVersion: number;
  /** Only when the reader leads the assessment: no one else is served it, so no one else's read takes it. */
  synthesis: StoredSynthesis | null;
  /** Whether the reader is invited, and whether they have submitted their own view (the blind rule). */
  ownSubmitted: boolean | null;
  /** Every submitted view, in invitation order; drafts' content is never read. */
  views: MatrixSourceView[];
}

/** As `Date.prototype.toISOString` prints a timestamp (UTC, milliseconds), so the answer reads as the other routes'. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * One statement for the whole matrix: a row per submitted view in invitation order (or one row with
 * no view), each with the assessment's small columns and the reader's own invitation's state; the
 * frame's domain keys and the synthesis (only for its lead) on the first row alone. Each view's
 * answers stay a column of their own (aggregating them into one JSON value costs the database several
 * times more). Served by the primary key, `assessment_invitation_one_per_user` and
 * `assessment_addendum_by_invitation`.
 */
const MATRIX_SQL = `
  SELECT a.status, a.frame_version AS "frameVersion", a.lead_user_id AS "leadUserId",
         a.blind_until_submitted AS "blindUntilSubmitted", a.synthesis_version AS "synthesisVersion",
         CASE WHEN COALESCE(v.ord, 1) = 1 THEN jsonb_path_query_array(a.frame, '$.domains[*].key') END AS "domainKeys",
         CASE WHEN COALESCE(v.ord, 1) = 1 AND a.lead_user_id = $3 THEN a.synthesis END AS synthesis,
         own.submitted AS "ownSubmitted",
         v.id AS "invitationId", v.user_id AS "authorUserId", v.display_name AS "displayName", v.agency,
         v.participant_kind AS "participantKind", v.role_in_case AS "roleInCase", v.information_class AS "informationClass",
         ${iso('v.submitted_at')} AS "submittedAt",
         CASE WHEN v.recorded_by_user_id IS NOT NULL AND v.recorded_how IS NOT NULL THEN
           json_build_object('userId', v.recorded_by_user_id, 'displayName', COALESCE(v.recorded_by_name, ''), 'how', v.recorded_how)
         END AS "recordedBy",
         v.answers,
         COALESCE((
           SELECT json_agg(json_build_object(
                    'addendumId', d.id, 'text', d.text, 'addedAt', ${iso('d.added_at')},
                    'addedBy', json_build_object('userId', d.added_by_user_id, 'displayName', d.added_by_name))
                  ORDER BY d.added_at, d.id)
           FROM assessment_addendum d WHERE d.invitation_id = v.id), '[]'::json) AS addenda
  FROM assessment a
  LEFT JOIN LATERAL (
    SELECT submitted_at IS NOT NULL AS submitted FROM assessment_invitation WHERE assessment_id = a.id AND user_id = $3
  ) own ON true
  LEFT JOIN LATERAL (
    SELECT i.*, row_number() OVER (ORDER BY i.invited_at, i.display_name, i.id) AS ord
    FROM assessment_invitation i WHERE i.assessment_id = a.id AND i.submitted_at IS NOT NULL AND i.answers IS NOT NULL
  ) v ON true
  WHERE a.id = $1 AND a.case_id = $2
  ORDER BY v.ord`;

/** A row of the matrix's statement: the assessment's columns, and a view's (all null when none is submitted). */
type MatrixRow = Omit<MatrixSource, 'views' | 'domainKeys'> & { domainKeys: string[] | null } & {
  [K in keyof MatrixSourceView]: MatrixSourceView[K] | null;
};

const toView = (row: MatrixRow): MatrixSourceView => ({
  invitationId: row.invitationId!,
  authorUserId: row.authorUserId!,
  displayName: row.displayName!,
  agency: row.agency!,
  participantKind: row.participantKind!,
  roleInCase: row.roleInCase!,
  informationClass: row.informationClass!,
  submittedAt: row.submittedAt!,
  recordedBy: row.recordedBy,
  answers: row.answers!,
  addenda: row.addenda!,
});

/** The matrix's read: one round trip, only the columns it serves or decides on. */
@Injectable()
export class MatrixRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The assessment of this case as `readerUserId` may be shown it, or 404 `assessment_not_found`. */
  async source(caseId: string, assessmentId: string, readerUserId: string): Promise<MatrixSource> {
    const rows: MatrixRow[] = await this.dataSource.query(MATRIX_SQL, [assessmentId, caseId, readerUserId]);
    const [first] = rows;
    if (!first) throw new AssessmentError(AssessmentErrorCode.NotFound, 'No such assessment on this case.');
    return {
      status: first.status,
      frameVersion: first.frameVersion,
      domainKeys: first.domainKeys ?? [],
      leadUserId: first.leadUserId,
      blindUntilSubmitted: first.blindUntilSubmitted,
      synthesisVersion: first.synthesisVersion,
      synthesis: first.synthesis,
      ownSubmitted: first.ownSubmitted,
      views: first.invitationId === null ? [] : rows.map(toView),
    };
  }
}
