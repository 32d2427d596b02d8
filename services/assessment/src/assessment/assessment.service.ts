import { Injectable } from '@nestjs/common';
import { CaseReaders, allowsOnCase, type CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { CareTeamAccess } from '@yhdessa/care-team';
import { EventPublisher, type OutboxEvent } from '@yhdessa/messaging';
import { Clock, finnishDate, newId } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import type { InvitationRecord } from '../assessment-record/assessment-record.js';
import { AssessmentRepository, invitationColumns } from '../assessment-record/assessment.repository.js';
import { contributionClass } from '../contribution/contribution.domain.js';
import { FrameError } from '../frame/frame.error.js';
import { FrameService } from '../frame/frame.service.js';
import { AssessmentError, AssessmentErrorCode } from '../assessment-record/assessment.error.js';
import type { StartAssessmentCommand } from './assessment.commands.js';
import { decideStart, invitationProgress } from './assessment.domain.js';
import { toAssessmentView, type AssessmentView, type LedAssessmentView, type MyInvitationView } from './assessment.view.js';

/** Starting an assessment and inviting the care team; what the lead and the invitees see of its progress. */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly assessments: AssessmentRepository,
    private readonly careTeam: CareTeamAccess,
    private readonly frames: FrameService,
    private readonly events: EventPublisher,
    private readonly readers: CaseReaders,
    private readonly clock: Clock,
  ) {}

  async start(caseId: string, command: StartAssessmentCommand, caller: AuthenticatedUser): Promise<AssessmentView> {
    const now = this.clock.now();
    const today = finnishDate(now);
    const invitees = decideStart({
      caller,
      members: await this.careTeam.members(caseId),
      invitations: command.invitations,
      today,
    });
    const frame = await this.frames.current(command.frameKey).catch((error: unknown) => {
      if (!(error instanceof FrameError)) throw error;
      throw new AssessmentError(AssessmentErrorCode.FrameNotFound, 'No frame by that key.', {
        errors: [{ path: 'frameKey', message: 'no such frame' }],
      });
    });
    const assessmentId = newId();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO assessment (id, case_id, kind, frame_key, frame_version, frame, lead_user_id, lead_name,
                                 blind_until_submitted, status, started_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'open', $10)`,
        [
          assessmentId,
          caseId,
          command.kind,
          frame.key,
          frame.version,
          JSON.stringify(frame),
          caller.userId,
          caller.displayName,
          command.blindUntilSubmitted,
          now,
        ],
      );
      const invitationIds = invitees.map(() => newId());
      await manager.query(
        `INSERT INTO assessment_invitation (id, assessment_id, case_id, user_id, display_name, agency, participant_kind,
                                            role_in_case, information_class, due_on, invited_at)
         SELECT id, $2, $3, user_id, display_name, agency, participant_kind, role_in_case, information_class, due_on, $4
         FROM unnest($1::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::date[])
           AS invited (id, user_id, display_name, agency, participant_kind, role_in_case, information_class, due_on)`,
        [
          invitationIds,
          assessmentId,
          caseId,
          now,
          invitees.map((invitee) => invitee.userId),
          invitees.map((invitee) => invitee.displayName),
          invitees.map((invitee) => invitee.agency),
          invitees.map((invitee) => invitee.participantKind),
          invitees.map((invitee) => invitee.roleInCase),
          invitees.map((invitee) => contributionClass(invitee.agency)),
          invitees.map((invitee) => invitee.dueOn),
        ],
      );
      const events: OutboxEvent[] = [
        {
          name: 'AssessmentStarted.v1',
          caseId,
          actor: caller.actor,
          payload: {
            assessmentId,
            kind: command.kind,
            frame: { key: frame.key, version: frame.version },
            leadUserId: caller.userId,
            blindUntilSubmitted: command.blindUntilSubmitted,
            startedAt: now.toISOString(),
          },
        },
        ...invitees.map((invitee, index): OutboxEvent => ({
          name: 'AssessmentParticipantInvited.v1',
          caseId,
          actor: caller.actor,
          payload: {
            assessmentId,
            invitationId: invitationIds[index]!,
            inviteeUserId: invitee.userId,
            agency: invitee.agency as never,
            participantKind: invitee.participantKind as never,
            dueOn: invitee.dueOn,
          },
        })),
      ];
      await this.events.appendAll(manager, events);
    });
    return this.get(caseId, assessmentId, caller);
  }

  async get(caseId: string, assessmentId: string, caller: Pick<AuthenticatedUser, 'userId'>): Promise<AssessmentView> {
    const assessment = await this.assessments.get(caseId, assessmentId);
    const invitations = await this.assessments.invitations(assessmentId, 'none');
    return toAssessmentView(assessment, invitations, caller.userId, finnishDate(this.clock.now()));
  }

  async ofCase(caseId: string, reader: CaseReader): Promise<AssessmentView[]> {
    const assessments = await this.assessments.ofCase(caseId);
    const invitations = await this.assessments.invitationsOfAssessments(assessments.map((assessment) => assessment.id));
    const today = finnishDate(this.clock.now());
    return assessments.map((assessment) =>
      toAssessmentView(
        assessment,
        invitations.filter((invitation) => invitation.assessmentId === assessment.id),
        reader.userId,
        today,
      ),
    );
  }

  /** The caller's invitations still to answer, soonest due first, on cases they still take part in. */
  async myInvitations(caller: AuthenticatedUser): Promise<MyInvitationView[]> {
    const rows: Array<InvitationRecord & { kind: string; leadName: string }> = await this.dataSource.query(
      `SELECT ${invitationColumns('i.', 'none')}, a.kind, a.lead_name AS "leadName"
       FROM assessment_invitation i JOIN assessment a ON a.id = i.assessment_id
       WHERE i.user_id = $1 AND a.status = 'open' AND i.submitted_at IS NULL
       ORDER BY i.due_on, i.invited_at`,
      [caller.userId],
    );
    const readers = await this.readers.readersOn(
      rows.map((row) => row.caseId),
      caller,
    );
    const today = finnishDate(this.clock.now());
    return rows
      .filter((row) => {
        const reader = readers.get(row.caseId);
        return reader !== undefined && allowsOnCase('read', reader);
      })
      .map((row) => ({
        invitationId: row.id,
        assessmentId: row.assessmentId,
        caseId: row.caseId,
        kind: row.kind,
        leadName: row.leadName,
        dueOn: row.dueOn,
        ...invitationProgress(row, row.version > 0 ? row : null, today),
      }));
  }

  /** The open assessments the caller leads: who is late, and an urgent flag when the child raised a safety concern. */
  async ledBy(caller: AuthenticatedUser): Promise<LedAssessmentView[]> {
    const today = finnishDate(this.clock.now());
    const rows: Array<{
      id: string;
      caseId: string;
      kind: string;
      startedAt: Date;
      invited: string;
      submitted: string;
      overdue: string;
      overdueInvitations: LedAssessmentView['overdueInvitations'] | null;
      safetyConcern: boolean;
    }> = await this.dataSource.query(
      `SELECT a.id, a.case_id AS "caseId", a.kind, a.started_at AS "startedAt",
              count(i.id) AS invited, count(i.submitted_at) AS submitted,
              count(i.id) FILTER (WHERE i.submitted_at IS NULL AND i.due_on < $2::date) AS overdue,
              json_agg(json_build_object('invitationId', i.id, 'displayName', i.display_name,
                                         'participantKind', i.participant_kind, 'dueOn', to_char(i.due_on, 'YYYY-MM-DD'))
                       ORDER BY i.due_on, i.display_name)
                FILTER (WHERE i.submitted_at IS NULL AND i.due_on < $2::date) AS "overdueInvitations",
              bool_or(i.safety_concern_raised_at IS NOT NULL) AS "safetyConcern"
       FROM assessment a JOIN assessment_invitation i ON i.assessment_id = a.id
       WHERE a.lead_user_id = $1 AND a.status = 'open'
       GROUP BY a.id ORDER BY bool_or(i.safety_concern_raised_at IS NOT NULL) DESC, a.started_at`,
      [caller.userId, today],
    );
    const readers = await this.readers.readersOn(
      rows.map((row) => row.caseId),
      caller,
    );
    return rows
      .filter((row) => {
        const reader = readers.get(row.caseId);
        return reader !== undefined && allowsOnCase('read', reader);
      })
      .map((row) => ({
        assessmentId: row.id,
        caseId: row.caseId,
        kind: row.kind,
        startedAt: row.startedAt.toISOString(),
        invited: Number(row.invited),
        submitted: Number(row.submitted),
        overdue: Number(row.overdue),
        overdueInvitations: row.overdueInvitations ?? [],
        safetyConcern: row.safetyConcern,
      }));
  }
}
