import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead, NoClientData } from '@yhdessa/audit';
import { ZodValidationPipe } from '@yhdessa/platform';
import { CurrentMeeting, MeetingAccess, type MeetingGrant } from '../access/meeting-access.policy.js';
import { TeamAccess } from '../access/team-access.policy.js';
import { teamStaffRoles } from '../team/team.commands.js';
import { scheduleMeetingCommand, uuidParam, type ScheduleMeetingCommand } from './meeting.commands.js';
import { MeetingService } from './meeting.service.js';
import type { MeetingSummaryView, MinutesView } from './meeting.view.js';

const agendaCaseIds = ({ result }: { result: unknown }) => (result as MinutesView).agenda.map((item) => item.caseId!);

@Controller()
@RequireRoles(...teamStaffRoles)
export class MeetingController {
  constructor(private readonly meetings: MeetingService) {}

  @Post('teams/:teamId/meetings')
  @TeamAccess('coordinate')
  @RequireRoles('team-coordinator')
  schedule(
    @Param('teamId', new ZodValidationPipe(uuidParam)) teamId: string,
    @Body(new ZodValidationPipe(scheduleMeetingCommand)) command: ScheduleMeetingCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<MinutesView> {
    return this.meetings.schedule(teamId, command, caller);
  }

  @Get('teams/:teamId/meetings')
  @TeamAccess('see-cases')
  @NoClientData()
  list(@Param('teamId', new ZodValidationPipe(uuidParam)) teamId: string): Promise<MeetingSummaryView[]> {
    return this.meetings.listForTeam(teamId);
  }

  @Get('meetings/:meetingId')
  @MeetingAccess('read')
  @AuditedRead({ resource: 'meeting-minutes', informationClass: 'child-protection', purpose: 'care-team-work', caseIds: agendaCaseIds })
  get(
    @Param('meetingId', new ZodValidationPipe(uuidParam)) _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<MinutesView> {
    return this.meetings.get(meeting, caller);
  }

  @Post('meetings/:meetingId/finalise')
  @HttpCode(200)
  @MeetingAccess('write')
  @RequireRoles('team-coordinator')
  finalise(
    @Param('meetingId', new ZodValidationPipe(uuidParam)) _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<MinutesView> {
    return this.meetings.finalise(meeting, caller);
  }
}
