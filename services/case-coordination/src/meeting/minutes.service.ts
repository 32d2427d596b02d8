import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import type { MeetingGrant } from './meeting-access.policy.js';
import { MeetingAmendmentEntity } from './meeting-amendment.entity.js';
import { MeetingDecisionEntity } from './meeting-decision.entity.js';
import { MeetingNoteEntity, type NoteKind } from './meeting-note.entity.js';
import { MeetingTaskEntity } from './meeting-task.entity.js';
import type {
  AmendMinutesCommand,
  EditDecisionCommand,
  EditNoteCommand,
  RecordDecisionCommand,
  RecordNoteCommand,
} from './meeting.commands.js';
import { MeetingError, MeetingErrorCode } from './meeting.error.js';
import {
  toAmendmentView,
  toDecisionView,
  toNoteView,
  type AmendmentView,
  type DecisionView,
  type NoteView,
} from './meeting.view.js';
import { checkMinutesChange, type MinutesChange, type MinutesEditor, type MinutesStatus } from './minutes-change.domain.js';
import { MinutesRepository } from './minutes.repository.js';

const allow = (status: MinutesStatus, editor: MinutesEditor, change: MinutesChange): void => {
  const refusal = checkMinutesChange(status, editor, change);
  if (refusal) throw MeetingError.refused(refusal);
};

/**
 * What the team records per agenda case while the minutes are open, and the amendments after.
 * Writers take a shared lock on the meeting and finalising an exclusive one, so nothing lands in
 * minutes that were finalised a moment before.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
    private readonly minutes: MinutesRepository,
  ) {}

  async recordNote(
    { meetingId, editor }: MeetingGrant,
    caseId: string,
    kind: NoteKind,
    command: RecordNoteCommand,
    caller: AuthenticatedUser,
  ): Promise<NoteView> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.minutes.lockMeeting(manager, meetingId, 'share');
      await this.minutes.agendaItem(manager, meetingId, caseId);
      allow(meeting.status, editor, { kind: 'record' });
      const speaker = await this.minutes.teamMember(manager, meeting.teamId, command.saidBy ?? caller.userId);
      const note = manager.create(MeetingNoteEntity, {
        id: newId(),
        meetingId,
        caseId,
        kind,
        text: command.text,
        authorId: speaker.userId,
        authorName: speaker.displayName,
        authorTeamRole: speaker.teamRole,
        recordedById: caller.userId,
        recordedAt: this.clock.now(),
        editedAt: null,
      });
      await manager.insert(MeetingNoteEntity, note);
      return toNoteView(note);
    });
  }

  async editNote(
    { meetingId, editor }: MeetingGrant,
    noteId: string,
    kind: NoteKind,
    command: EditNoteCommand,
  ): Promise<NoteView> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.minutes.lockMeeting(manager, meetingId, 'share');
      const note = await manager.findOne(MeetingNoteEntity, {
        where: { id: noteId, meetingId, kind },
        lock: { mode: 'pessimistic_write' },
      });
      if (!note) throw new MeetingError(MeetingErrorCode.EntryNotFound, `No such ${kind} in these minutes.`);
      allow(meeting.status, editor, { kind: 'edit', authorId: note.authorId, recordedById: note.recordedById });
      Object.assign(note, { text: command.text, editedAt: this.clock.now() });
      await manager.update(MeetingNoteEntity, { id: noteId }, { text: note.text, editedAt: note.editedAt });
      return toNoteView(note);
    });
  }

  /** A decision and the task it becomes, owned by someone on the team. */
  async recordDecision(
    { meetingId, editor }: MeetingGrant,
    caseId: string,
    command: RecordDecisionCommand,
    caller: AuthenticatedUser,
  ): Promise<DecisionView> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.minutes.lockMeeting(manager, meetingId, 'share');
      await this.minutes.agendaItem(manager, meetingId, caseId);
      allow(meeting.status, editor, { kind: 'record' });
      const owner = await this.minutes.teamMember(manager, meeting.teamId, command.task.ownerId);
      const now = this.clock.now();
      const decision = manager.create(MeetingDecisionEntity, {
        id: newId(),
        meetingId,
        caseId,
        text: command.text,
        recordedById: caller.userId,
        recordedAt: now,
        editedAt: null,
      });
      const task = manager.create(MeetingTaskEntity, {
        id: newId(),
        decisionId: decision.id,
        meetingId,
        caseId,
        ownerId: owner.userId,
        ownerName: owner.displayName,
        dueOn: command.task.dueOn,
        status: 'open',
        statusChangedAt: now,
      });
      await manager.insert(MeetingDecisionEntity, decision);
      await manager.insert(MeetingTaskEntity, task);
      return toDecisionView(decision, task);
    });
  }

  async editDecision(
    { meetingId, editor }: MeetingGrant,
    decisionId: string,
    command: EditDecisionCommand,
  ): Promise<DecisionView> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.minutes.lockMeeting(manager, meetingId, 'share');
      const decision = await manager.findOne(MeetingDecisionEntity, {
        where: { id: decisionId, meetingId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!decision) throw new MeetingError(MeetingErrorCode.EntryNotFound, 'No such decision in these minutes.');
      allow(meeting.status, editor, { kind: 'edit', authorId: decision.recordedById, recordedById: decision.recordedById });
      const task = await manager.findOneByOrFail(MeetingTaskEntity, { decisionId });
      const owner = command.task?.ownerId ? await this.minutes.teamMember(manager, meeting.teamId, command.task.ownerId) : null;
      Object.assign(decision, { text: command.text ?? decision.text, editedAt: this.clock.now() });
      Object.assign(task, {
        ownerId: owner?.userId ?? task.ownerId,
        ownerName: owner?.displayName ?? task.ownerName,
        dueOn: command.task?.dueOn ?? task.dueOn,
      });
      await manager.update(MeetingDecisionEntity, { id: decisionId }, { text: decision.text, editedAt: decision.editedAt });
      await manager.update(
        MeetingTaskEntity,
        { id: task.id },
        { ownerId: task.ownerId, ownerName: task.ownerName, dueOn: task.dueOn },
      );
      return toDecisionView(decision, task);
    });
  }

  /** The only change finalised minutes take: a visible amendment, announced to each case it concerns. */
  async amend(
    { meetingId, member, editor }: MeetingGrant,
    command: AmendMinutesCommand,
    caller: AuthenticatedUser,
  ): Promise<AmendmentView> {
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.minutes.lockMeeting(manager, meetingId, 'share');
      allow(meeting.status, editor, { kind: 'amend' });
      // Cases in id order: a case's event counter is locked until commit, so every writer takes them in one order.
      const caseIds = [...new Set(command.caseIds)].sort();
      for (const caseId of caseIds) await this.minutes.agendaItem(manager, meetingId, caseId);
      const amendment = manager.create(MeetingAmendmentEntity, {
        id: newId(),
        meetingId,
        caseIds,
        text: command.text,
        authorId: member.userId,
        authorName: member.displayName,
        authorTeamRole: member.teamRole,
        amendedAt: this.clock.now(),
      });
      await manager.insert(MeetingAmendmentEntity, amendment);
      for (const caseId of caseIds) {
        await this.events.append(
          manager,
          'MeetingMinutesAmended.v1',
          caseId,
          {
            meetingId,
            amendmentId: amendment.id,
            text: amendment.text,
            amendedAt: amendment.amendedAt.toISOString(),
          },
          caller.actor,
        );
      }
      return toAmendmentView(amendment);
    });
  }
}
