import { Injectable } from '@nestjs/common';
import { CaseReaders } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { TeamMembershipRepository } from '../team-record/team-membership.repository.js';
import { TeamEntity } from '../team-record/team.entity.js';
import { TeamError, TeamErrorCode } from '../team/team.error.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { orderAgenda } from './agenda-order.domain.js';
import type { MeetingGrant } from './meeting-access.policy.js';
import type { ScheduleMeetingCommand } from './meeting.commands.js';
import { MeetingEntity } from './meeting.entity.js';
import { MeetingError, MeetingErrorCode } from './meeting.error.js';
import { minutesFor, toMeetingSummaryView, type MeetingSummaryView, type MeetingView, type MinutesView } from './meeting.view.js';
import { checkMinutesChange } from './minutes-change.domain.js';
import { MinutesRepository } from './minutes.repository.js';

@Injectable()
export class MeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly membership: TeamMembershipRepository,
    private readonly minutes: MinutesRepository,
    private readonly readers: CaseReaders,
  ) {}

  /** The coordinator schedules the team's meeting; its agenda is the team's open cases, nearest deadline first. */
  async schedule(teamId: string, command: ScheduleMeetingCommand, caller: AuthenticatedUser): Promise<MinutesView> {
    const scheduled = await this.dataSource.transaction(async (manager) => {
      await this.lockTeam(manager, teamId);
      if (await manager.existsBy(MeetingEntity, { teamId, heldOn: command.heldOn })) {
        throw new MeetingError(MeetingErrorCode.MeetingAlreadyScheduled, 'The team already has a meeting on that day.');
      }
      const meeting = manager.create(MeetingEntity, {
        id: newId(),
        teamId,
        heldOn: command.heldOn,
        status: 'scheduled',
        scheduledById: caller.userId,
        scheduledAt: this.clock.now(),
        finalisedById: null,
        finalisedByName: null,
        finalisedAt: null,
      });
      await manager.insert(MeetingEntity, meeting);
      const agenda = orderAgenda(await this.membership.teamCases(manager, teamId));
      if (agenda.length > 0) {
        await manager.insert(
          AgendaItemEntity,
          agenda.map((caseId, index) => ({ meetingId: meeting.id, caseId, position: index + 1 })),
        );
      }
      return this.minutes.read(manager, meeting);
    });
    return this.visibleTo(caller, scheduled);
  }

  async listForTeam(teamId: string): Promise<MeetingSummaryView[]> {
    const meetings = await this.dataSource.manager.find(MeetingEntity, { where: { teamId }, order: { heldOn: 'DESC' } });
    return meetings.map(toMeetingSummaryView);
  }

  async get({ meetingId }: MeetingGrant, caller: AuthenticatedUser): Promise<MinutesView> {
    const manager = this.dataSource.manager;
    const meeting = await manager.findOneByOrFail(MeetingEntity, { id: meetingId });
    return this.visibleTo(caller, await this.minutes.read(manager, meeting));
  }

  /**
   * Locks the minutes. Each agenda case gets its own MeetingMinutesFinalised.v1 with its decisions,
   * written in this same transaction, so the minutes and their events stand or fall together.
   */
  async finalise({ meetingId, member, editor }: MeetingGrant, caller: AuthenticatedUser): Promise<MinutesView> {
    const finalised = await this.dataSource.transaction(async (manager) => {
      const meeting = await this.minutes.lockMeeting(manager, meetingId, 'exclusive');
      const refusal = checkMinutesChange(meeting.status, editor, { kind: 'finalise' });
      if (refusal) throw MeetingError.refused(refusal);
      const now = this.clock.now();
      await manager.update(
        MeetingEntity,
        { id: meeting.id },
        { status: 'finalised', finalisedAt: now, finalisedById: member.userId, finalisedByName: member.displayName },
      );
      Object.assign(meeting, {
        status: 'finalised',
        finalisedAt: now,
        finalisedById: member.userId,
        finalisedByName: member.displayName,
      });
      const minutes = await this.minutes.read(manager, meeting);
      // Cases in id order: a case's event counter is locked until commit, so every writer takes them in one order.
      for (const item of [...minutes.agenda].sort((a, b) => a.caseId.localeCompare(b.caseId))) {
        await this.events.append(
          manager,
          'MeetingMinutesFinalised.v1',
          item.caseId,
          {
            meetingId: meeting.id,
            teamId: meeting.teamId,
            heldOn: meeting.heldOn,
            decisions: item.decisions.map((decision) => ({
              decisionId: decision.id,
              summary: decision.text,
              taskOwnerId: decision.task?.owner.userId ?? null,
              dueOn: decision.task?.dueOn ?? null,
            })),
            finalisedAt: now.toISOString(),
          },
          caller.actor,
        );
      }
      return minutes;
    });
    return this.visibleTo(caller, finalised);
  }

  /** The minutes as the caller sees each agenda case. */
  private async visibleTo(caller: AuthenticatedUser, minutes: MeetingView): Promise<MinutesView> {
    const caseIds = [
      ...minutes.agenda.map((item) => item.caseId),
      ...minutes.amendments.flatMap((amendment) => amendment.caseIds),
    ];
    return minutesFor(minutes, await this.readers.readersOn(caseIds, caller));
  }

  /** Serialises scheduling per team (who may schedule, `@TeamAccess('coordinate')` decided). */
  private async lockTeam(manager: EntityManager, teamId: string): Promise<void> {
    const team = await manager.findOne(TeamEntity, { where: { id: teamId }, lock: { mode: 'pessimistic_write' } });
    if (!team) throw new TeamError(TeamErrorCode.TeamNotFound, 'No such team.');
  }
}
