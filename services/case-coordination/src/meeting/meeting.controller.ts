import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead, NoClientData } from '@yhdessa/audit';
import { ZodValidationPipe } from '@yhdessa/platform';
import { teamStaffRoles } from '../team/team.commands.js';
import { scheduleMeetingCommand, uuidParam, type ScheduleMeetingCommand } from './meeting.commands.js';
import { MeetingService } from './meeting.service.js';
import type { MeetingSummaryView, MeetingView } from './meeting.view.js';

const agendaCaseIds = ({ result }: { result: unknown }) => (result as MeetingView).agenda.map((item) => item.caseId);

@Controller()
@RequireRoles(...teamStaffRoles)
export class MeetingController {
  constructor(private readonly meetings: MeetingService) {}

  @Post('teams/:teamId/meetings')
  @RequireRoles('team-coordinator')
  schedule(
    @Param('teamId', new ZodValidationPipe(uuidParam)) teamId: string,
    @Body(new ZodValidationPipe(scheduleMeetingCommand)) command: ScheduleMeetingCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<MeetingView> {
    return this.meetings.schedule(teamId, command, caller);
  }

  @Get('teams/:teamId/meetings')
  @NoClientData()
  list(@Param('teamId', new ZodValidationPipe(uuidParam)) teamId: string, @CurrentUser() caller: AuthenticatedUser): Promise<MeetingSummaryView[]> {
    return this.meetings.listForTeam(teamId, caller);
  }

  @Get('meetings/:meetingId')
  @AuditedRead({ resource: 'meeting-minutes', informationClass: 'child-protection', purpose: 'care-team-work', caseIds: agendaCaseIds })
  get(@Param('meetingId', new ZodValidationPipe(uuidParam)) meetingId: string, @CurrentUser() caller: AuthenticatedUser): Promise<MeetingView> {
    return this.meetings.get(meetingId, caller);
  }

  @Post('meetings/:meetingId/finalise')
  @HttpCode(200)
  @RequireRoles('team-coordinator')
  finalise(@Param('meetingId', new ZodValidationPipe(uuidParam)) meetingId: string, @CurrentUser() caller: AuthenticatedUser): Promise<MeetingView> {
    return this.meetings.finalise(meetingId, caller);
  }
}
