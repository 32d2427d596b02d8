import { Controller, Patch, Post } from '@nestjs/common';
import { CaseIdParam } from '@yhdessa/access';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { Returns, UuidParam, ZodBody } from '@yhdessa/platform';
import { CurrentMeeting, MeetingAccess, type MeetingGrant } from './meeting-access.policy.js';
import { teamStaffRoles } from '../team/team.commands.js';
import {
  amendMinutesCommand,
  editDecisionCommand,
  editNoteCommand,
  recordDecisionCommand,
  recordNoteCommand,
  type AmendMinutesCommand,
  type EditDecisionCommand,
  type EditNoteCommand,
  type RecordDecisionCommand,
  type RecordNoteCommand,
} from './meeting.commands.js';
import type { AmendmentView, DecisionView, NoteView } from './meeting.view.js';
import { MinutesService } from './minutes.service.js';
import { amendmentViewSchema, decisionViewSchema, noteViewSchema } from './meeting.view.schema.js';

/** Hypotheses, reflections and decisions per agenda case while the minutes are open; amendments after. */
@Controller('meetings/:meetingId')
@RequireRoles(...teamStaffRoles)
export class MinutesController {
  constructor(private readonly minutes: MinutesService) {}

  @Post('agenda/:caseId/hypotheses')
  @MeetingAccess('write')
  @Returns(noteViewSchema)
  hypothesise(
    @UuidParam('meetingId') _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @CaseIdParam() caseId: string,
    @ZodBody(recordNoteCommand) command: RecordNoteCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteView> {
    return this.minutes.recordNote(meeting, caseId, 'hypothesis', command, caller);
  }

  @Post('agenda/:caseId/reflections')
  @MeetingAccess('write')
  @Returns(noteViewSchema)
  reflect(
    @UuidParam('meetingId') _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @CaseIdParam() caseId: string,
    @ZodBody(recordNoteCommand) command: RecordNoteCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteView> {
    return this.minutes.recordNote(meeting, caseId, 'reflection', command, caller);
  }

  @Post('agenda/:caseId/decisions')
  @MeetingAccess('write')
  @Returns(decisionViewSchema)
  decide(
    @UuidParam('meetingId') _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @CaseIdParam() caseId: string,
    @ZodBody(recordDecisionCommand) command: RecordDecisionCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<DecisionView> {
    return this.minutes.recordDecision(meeting, caseId, command, caller);
  }

  @Patch('hypotheses/:noteId')
  @MeetingAccess('write')
  @Returns(noteViewSchema)
  editHypothesis(
    @UuidParam('meetingId') _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @UuidParam('noteId') noteId: string,
    @ZodBody(editNoteCommand) command: EditNoteCommand,
  ): Promise<NoteView> {
    return this.minutes.editNote(meeting, noteId, 'hypothesis', command);
  }

  @Patch('reflections/:noteId')
  @MeetingAccess('write')
  @Returns(noteViewSchema)
  editReflection(
    @UuidParam('meetingId') _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @UuidParam('noteId') noteId: string,
    @ZodBody(editNoteCommand) command: EditNoteCommand,
  ): Promise<NoteView> {
    return this.minutes.editNote(meeting, noteId, 'reflection', command);
  }

  @Patch('decisions/:decisionId')
  @MeetingAccess('write')
  @Returns(decisionViewSchema)
  editDecision(
    @UuidParam('meetingId') _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @UuidParam('decisionId') decisionId: string,
    @ZodBody(editDecisionCommand) command: EditDecisionCommand,
  ): Promise<DecisionView> {
    return this.minutes.editDecision(meeting, decisionId, command);
  }

  @Post('amendments')
  @MeetingAccess('write')
  @Returns(amendmentViewSchema)
  amend(
    @UuidParam('meetingId') _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @ZodBody(amendMinutesCommand) command: AmendMinutesCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<AmendmentView> {
    return this.minutes.amend(meeting, command, caller);
  }
}
