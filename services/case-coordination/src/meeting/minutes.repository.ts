import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CaseRepository } from '../case-record/case.repository.js';
import type { TeamMemberEntity } from '../team-record/team-member.entity.js';
import { TeamMembershipRepository } from '../team-record/team-membership.repository.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { MeetingAmendmentEntity } from './meeting-amendment.entity.js';
import { MeetingDecisionEntity } from './meeting-decision.entity.js';
import { MeetingNoteEntity } from './meeting-note.entity.js';
import { MeetingTaskEntity } from './meeting-task.entity.js';
import { MeetingEntity } from './meeting.entity.js';
import { MeetingError, MeetingErrorCode } from './meeting.error.js';
import {
  toAmendmentView,
  toDecisionView,
  toMeetingSummaryView,
  toNoteView,
  type AgendaCaseView,
  type MeetingView,
} from './meeting.view.js';

/** How a meeting lock is taken: shared by writers of entries, exclusive by finalising. */
export type MeetingLock = 'share' | 'exclusive';

const lockModes = { share: 'pessimistic_read', exclusive: 'pessimistic_write' } as const;

/**
 * Reads a meeting's whole minutes: its agenda in order, what was recorded per case, and the
 * amendments; and what writing them needs (the meeting under a lock, an agenda case, a named member).
 */
@Injectable()
export class MinutesRepository {
  constructor(
    private readonly cases: CaseRepository,
    private readonly membership: TeamMembershipRepository,
  ) {}

  /** The meeting, locked for the rest of the transaction (whoever may reach it, `@MeetingAccess` decided). */
  async lockMeeting(manager: EntityManager, meetingId: string, lock: MeetingLock): Promise<MeetingEntity> {
    const meeting = await manager.findOne(MeetingEntity, { where: { id: meetingId }, lock: { mode: lockModes[lock] } });
    if (!meeting) throw new MeetingError(MeetingErrorCode.MeetingNotFound, 'No such meeting.');
    return meeting;
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

  async read(manager: EntityManager, meeting: MeetingEntity): Promise<MeetingView> {
    const meetingId = meeting.id;
    const [items, notes, decisions, tasks, amendments] = await Promise.all([
      manager.find(AgendaItemEntity, { where: { meetingId }, order: { position: 'ASC' } }),
      manager.find(MeetingNoteEntity, { where: { meetingId }, order: { recordedAt: 'ASC', id: 'ASC' } }),
      manager.find(MeetingDecisionEntity, { where: { meetingId }, order: { recordedAt: 'ASC', id: 'ASC' } }),
      manager.find(MeetingTaskEntity, { where: { meetingId } }),
      manager.find(MeetingAmendmentEntity, { where: { meetingId }, order: { amendedAt: 'ASC', id: 'ASC' } }),
    ]);
    const cases = await this.cases.findMany(
      manager,
      items.map((item) => item.caseId),
    );
    const caseById = new Map(cases.map((kase) => [kase.id, kase]));
    const taskByDecision = new Map(tasks.map((task) => [task.decisionId, task]));
    const agenda = items.map((item): AgendaCaseView => {
      const kase = caseById.get(item.caseId);
      const forCase = <T extends { caseId: string }>(rows: T[]) => rows.filter((row) => row.caseId === item.caseId);
      return {
        position: item.position,
        caseId: item.caseId,
        childName: kase?.childName ?? null,
        responsibleWorker: { userId: kase?.responsibleWorkerId ?? '', displayName: kase?.responsibleWorkerName ?? '' },
        hypotheses: forCase(notes)
          .filter((note) => note.kind === 'hypothesis')
          .map(toNoteView),
        reflections: forCase(notes)
          .filter((note) => note.kind === 'reflection')
          .map(toNoteView),
        decisions: forCase(decisions).map((decision) => toDecisionView(decision, taskByDecision.get(decision.id))),
      };
    });
    return { ...toMeetingSummaryView(meeting), agenda, amendments: amendments.map(toAmendmentView) };
  }
}
