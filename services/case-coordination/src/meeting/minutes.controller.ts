import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { ZodValidationPipe } from '@yhdessa/platform';
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
  hypothesise(
    @Param('meetingId', id()) meetingId: string,
    @Param('caseId', id()) caseId: string,
    @Body(new ZodValidationPipe(recordNoteCommand)) command: RecordNoteCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteView> {
    return this.minutes.recordNote(meetingId, caseId, 'hypothesis', command, caller);
  }

  @Post('agenda/:caseId/reflections')
  reflect(
    @Param('meetingId', id()) meetingId: string,
    @Param('caseId', id()) caseId: string,
    @Body(new ZodValidationPipe(recordNoteCommand)) command: RecordNoteCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteView> {
    return this.minutes.recordNote(meetingId, caseId, 'reflection', command, caller);
  }

  @Post('agenda/:caseId/decisions')
  decide(
    @Param('meetingId', id()) meetingId: string,
    @Param('caseId', id()) caseId: string,
    @Body(new ZodValidationPipe(recordDecisionCommand)) command: RecordDecisionCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<DecisionView> {
    return this.minutes.recordDecision(meetingId, caseId, command, caller);
  }

  @Patch('hypotheses/:noteId')
  editHypothesis(
    @Param('meetingId', id()) meetingId: string,
    @Param('noteId', id()) noteId: string,
    @Body(new ZodValidationPipe(editNoteCommand)) command: EditNoteCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteView> {
    return this.minutes.editNote(meetingId, noteId, 'hypothesis', command, caller);
  }

  @Patch('reflections/:noteId')
  editReflection(
    @Param('meetingId', id()) meetingId: string,
    @Param('noteId', id()) noteId: string,
    @Body(new ZodValidationPipe(editNoteCommand)) command: EditNoteCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<NoteView> {
    return this.minutes.editNote(meetingId, noteId, 'reflection', command, caller);
  }

  @Patch('decisions/:decisionId')
  editDecision(
    @Param('meetingId', id()) meetingId: string,
    @Param('decisionId', id()) decisionId: string,
    @Body(new ZodValidationPipe(editDecisionCommand)) command: EditDecisionCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<DecisionView> {
    return this.minutes.editDecision(meetingId, decisionId, command, caller);
  }

  @Post('amendments')
  amend(
    @Param('meetingId', id()) meetingId: string,
    @Body(new ZodValidationPipe(amendMinutesCommand)) command: AmendMinutesCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<AmendmentView> {
    return this.minutes.amend(meetingId, command, caller);
  }
}
