import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { EntityManager } from 'typeorm';
import type { TeamMemberEntity } from '../team/team-member.entity.js';
import { TeamMembershipService } from '../team/team-membership.service.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { MeetingEntity } from './meeting.entity.js';
import { MeetingError, MeetingErrorCode } from './meeting.error.js';
import type { MinutesEditor } from './minutes-change.domain.js';

export interface MeetingAccess {
  meeting: MeetingEntity;
  member: TeamMemberEntity;
  editor: MinutesEditor;
}

/** How a meeting lock is taken: shared by writers of entries, exclusive by finalising. */
export type MeetingLock = 'none' | 'share' | 'exclusive';

const lockModes = { share: 'pessimistic_read', exclusive: 'pessimistic_write' } as const;

/**
 * Only the team's current members reach a meeting. Anyone else gets the same 404 as for a meeting
 * that does not exist: they may not learn that it does, nor which cases it discussed.
 */
@Injectable()
export class MeetingAccessService {
  constructor(private readonly membership: TeamMembershipService) {}

  async forMember(manager: EntityManager, meetingId: string, caller: AuthenticatedUser, lock: MeetingLock = 'none'): Promise<MeetingAccess> {
    const meeting = await manager.findOne(MeetingEntity, {
      where: { id: meetingId },
      ...(lock === 'none' ? {} : { lock: { mode: lockModes[lock] } }),
    });
    const member = meeting ? await this.membership.activeMember(manager, meeting.teamId, caller.userId) : null;
    if (!meeting || !member) throw new MeetingError(MeetingErrorCode.MeetingNotFound, 'No such meeting.');
    return { meeting, member, editor: { userId: member.userId, isCoordinator: member.teamRole === 'coordinator' } };
  }

  async agendaItem(manager: EntityManager, meetingId: string, caseId: string): Promise<AgendaItemEntity> {
    const item = await manager.findOneBy(AgendaItemEntity, { meetingId, caseId });
    if (!item) throw new MeetingError(MeetingErrorCode.AgendaItemNotFound, 'That case is not on this meeting’s agenda.');
    return item;
  }

  /** A team member named in the minutes (a speaker, a task owner) must be on the team now. */
  async teamMember(manager: EntityManager, teamId: string, userId: string): Promise<TeamMemberEntity> {
    const member = await this.membership.activeMember(manager, teamId, userId);
    if (!member) throw new MeetingError(MeetingErrorCode.NotTeamMember, 'That person is not on this team.');
    return member;
  }
}
