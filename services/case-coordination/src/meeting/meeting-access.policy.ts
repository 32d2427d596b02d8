import { Injectable } from '@nestjs/common';
import { Access, Granted, type ResourceAccess } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { TeamMemberEntity } from '../team-record/team-member.entity.js';
import { TeamMembershipRepository } from '../team-record/team-membership.repository.js';
import { decideTeamAccess } from '../team/team-access.domain.js';
import { MeetingEntity } from './meeting.entity.js';
import { MeetingError, MeetingErrorCode } from './meeting.error.js';
import type { MinutesEditor } from './minutes-change.domain.js';

const meetingId = z.uuid();

/** A meeting is its team's: reading its minutes and recording in them is `see-cases` on the team. */
export type MeetingAccessLevel = 'read' | 'write';

export interface MeetingGrant {
  meetingId: string;
  teamId: string;
  /** The caller, as the team member who writes or reads. */
  member: TeamMemberEntity;
  /** The caller as the minutes rule knows them. */
  editor: MinutesEditor;
}

/**
 * Meetings, guarded by the caller's place on the meeting's team: only its current members reach it;
 * anyone else gets the 404 of a meeting that does not exist, nor learns which cases it discussed.
 * What a member may change in the minutes is the minutes rule's (minutes-change.domain).
 */
@Injectable()
export class MeetingAccessPolicy implements ResourceAccess<MeetingAccessLevel, MeetingGrant> {
  readonly param = 'meetingId';

  constructor(
    private readonly dataSource: DataSource,
    private readonly membership: TeamMembershipRepository,
  ) {}

  async grant(id: string, caller: AuthenticatedUser, _level: MeetingAccessLevel): Promise<MeetingGrant | null> {
    if (!meetingId.safeParse(id).success) return null;
    const manager = this.dataSource.manager;
    const meeting = await manager.findOneBy(MeetingEntity, { id });
    const member = meeting ? await this.membership.activeMember(manager, meeting.teamId, caller.userId) : null;
    if (!meeting || !member) return null;
    const decision = decideTeamAccess('see-cases', {
      teamRole: member.teamRole,
      serviceManager: caller.roles.includes('service-manager'),
    });
    if (decision !== 'allowed') return null;
    return {
      meetingId: meeting.id,
      teamId: meeting.teamId,
      member,
      editor: { userId: member.userId, isCoordinator: member.teamRole === 'coordinator' },
    };
  }

  refusal(): MeetingError {
    return new MeetingError(MeetingErrorCode.MeetingNotFound, 'No such meeting.');
  }
}

/** The caller must be on the team of the route's `:meetingId`; anyone else gets 404 `meeting_not_found`. */
export const MeetingAccess = (level: MeetingAccessLevel): MethodDecorator => Access(MeetingAccessPolicy, level);

/** What `@MeetingAccess` found: the meeting's team and the caller's membership. */
export const CurrentMeeting = (): ParameterDecorator => Granted(MeetingAccessPolicy);
