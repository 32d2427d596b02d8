import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { ZodValidationPipe } from '@yhdessa/platform';
import { CurrentMeeting, MeetingAccess, type MeetingGrant } from '../access/meeting-access.policy.js';
import { teamStaffRoles } from '../team/team.commands.js';
import {
  amendMinutesCommand,
  editDecisionCommand,
  editNoteCommand,
  recordDecisionCommand,
  recordNoteCommand,
  uuidParam,
  type AmendMinutesCommand,
  type EditDecisionCommand,
  type EditNoteCommand,
  type RecordDecisionCommand,
  type RecordNoteCommand,
} from './meeting.commands.js';
import type { AmendmentView, DecisionView, NoteView } from './meeting.view.js';
import { MinutesService } from './minutes.service.js';

const id = () => new ZodValidationPipe(uuidParam);

/** Hypotheses, reflections and decisions per agenda case while the minutes are open; amendments after. */
@Controller('meetings/:meetingId')
@RequireRoles(...teamStaffRoles)
export class MinutesController {
  constructor(private readonly minutes: MinutesService) {}

  @Post('agenda/:caseId/hypotheses')
  @MeetingAccess('write')
  hypothesise(
    @Param('meetingId', id()) _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @Param('caseId', id()) caseId: string,
    @Body(new ZodValidationPipe(recordNoteCommand)) command: RecordNoteCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteView> {
    return this.minutes.recordNote(meeting, caseId, 'hypothesis', command, caller);
  }

  @Post('agenda/:caseId/reflections')
  @MeetingAccess('write')
  reflect(
    @Param('meetingId', id()) _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @Param('caseId', id()) caseId: string,
    @Body(new ZodValidationPipe(recordNoteCommand)) command: RecordNoteCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteView> {
    return this.minutes.recordNote(meeting, caseId, 'reflection', command, caller);
  }

  @Post('agenda/:caseId/decisions')
  @MeetingAccess('write')
  decide(
    @Param('meetingId', id()) _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @Param('caseId', id()) caseId: string,
    @Body(new ZodValidationPipe(recordDecisionCommand)) command: RecordDecisionCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<DecisionView> {
    return this.minutes.recordDecision(meeting, caseId, command, caller);
  }

  @Patch('hypotheses/:noteId')
  @MeetingAccess('write')
  editHypothesis(
    @Param('meetingId', id()) _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @Param('noteId', id()) noteId: string,
    @Body(new ZodValidationPipe(editNoteCommand)) command: EditNoteCommand,
  ): Promise<NoteView> {
    return this.minutes.editNote(meeting, noteId, 'hypothesis', command);
  }

  @Patch('reflections/:noteId')
  @MeetingAccess('write')
  editReflection(
    @Param('meetingId', id()) _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @Param('noteId', id()) noteId: string,
    @Body(new ZodValidationPipe(editNoteCommand)) command: EditNoteCommand,
  ): Promise<NoteView> {
    return this.minutes.editNote(meeting, noteId, 'reflection', command);
  }

  @Patch('decisions/:decisionId')
  @MeetingAccess('write')
  editDecision(
    @Param('meetingId', id()) _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @Param('decisionId', id()) decisionId: string,
    @Body(new ZodValidationPipe(editDecisionCommand)) command: EditDecisionCommand,
  ): Promise<DecisionView> {
    return this.minutes.editDecision(meeting, decisionId, command);
  }

  @Post('amendments')
  @MeetingAccess('write')
  amend(
    @Param('meetingId', id()) _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @Body(new ZodValidationPipe(amendMinutesCommand)) command: AmendMinutesCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<AmendmentView> {
    return this.minutes.amend(meeting, command, caller);
  }
}
