import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead, NoClientData } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody } from '@yhdessa/platform';
import { z } from 'zod';
import { TeamAccess } from '../team/team-access.policy.js';
import { teamStaffRoles } from '../team/team.commands.js';
import { CurrentMeeting, MeetingAccess, type MeetingGrant } from './meeting-access.policy.js';
import { scheduleMeetingCommand, type ScheduleMeetingCommand } from './meeting.commands.js';
import { MeetingService } from './meeting.service.js';
import type { MeetingSummaryView, MinutesView } from './meeting.view.js';
import { meetingSummaryViewSchema, minutesViewSchema } from './meeting.view.schema.js';

const agendaCaseIds = ({ result }: { result: unknown }) => (result as MinutesView).agenda.map((item) => item.caseId!);

@Controller()
@RequireRoles(...teamStaffRoles)
export class MeetingController {
  constructor(private readonly meetings: MeetingService) {}

  @Post('teams/:teamId/meetings')
  @TeamAccess('coordinate')
  @RequireRoles('team-coordinator')
  @Returns(minutesViewSchema)
  schedule(
    @UuidParam('teamId') teamId: string,
    @ZodBody(scheduleMeetingCommand) command: ScheduleMeetingCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<MinutesView> {
    return this.meetings.schedule(teamId, command, caller);
  }

  @Get('teams/:teamId/meetings')
  @TeamAccess('see-cases')
  @NoClientData()
  @Returns(z.array(meetingSummaryViewSchema))
  list(@UuidParam('teamId') teamId: string): Promise<MeetingSummaryView[]> {
    return this.meetings.listForTeam(teamId);
  }

  @Get('meetings/:meetingId')
  @MeetingAccess('read')
  @AuditedRead({
    resource: 'meeting-minutes',
    informationClass: 'child-protection',
    purpose: 'care-team-work',
    caseIds: agendaCaseIds,
  })
  @Returns(minutesViewSchema)
  get(
    @UuidParam('meetingId') _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<MinutesView> {
    return this.meetings.get(meeting, caller);
  }

  @Post('meetings/:meetingId/finalise')
  @HttpCode(200)
  @MeetingAccess('write')
  @RequireRoles('team-coordinator')
  @Returns(minutesViewSchema)
  finalise(
    @UuidParam('meetingId') _meetingId: string,
    @CurrentMeeting() meeting: MeetingGrant,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<MinutesView> {
    return this.meetings.finalise(meeting, caller);
  }
}
