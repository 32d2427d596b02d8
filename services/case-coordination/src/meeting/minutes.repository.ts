import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { CaseEntity } from '../case/case.entity.js';
import { AgendaItemEntity } from './agenda-item.entity.js';
import { MeetingAmendmentEntity } from './meeting-amendment.entity.js';
import { MeetingDecisionEntity } from './meeting-decision.entity.js';
import { MeetingNoteEntity } from './meeting-note.entity.js';
import { MeetingTaskEntity } from './meeting-task.entity.js';
import type { MeetingEntity } from './meeting.entity.js';
import { toAmendmentView, toDecisionView, toMeetingSummaryView, toNoteView, type AgendaCaseView, type MeetingView } from './meeting.view.js';

/** Reads a meeting's whole minutes: its agenda in order, what was recorded per case, and the amendments. */
@Injectable()
export class MinutesRepository {
  async read(manager: EntityManager, meeting: MeetingEntity): Promise<MeetingView> {
    const meetingId = meeting.id;
    const [items, notes, decisions, tasks, amendments] = await Promise.all([
      manager.find(AgendaItemEntity, { where: { meetingId }, order: { position: 'ASC' } }),
      manager.find(MeetingNoteEntity, { where: { meetingId }, order: { recordedAt: 'ASC', id: 'ASC' } }),
      manager.find(MeetingDecisionEntity, { where: { meetingId }, order: { recordedAt: 'ASC', id: 'ASC' } }),
      manager.find(MeetingTaskEntity, { where: { meetingId } }),
      manager.find(MeetingAmendmentEntity, { where: { meetingId }, order: { amendedAt: 'ASC', id: 'ASC' } }),
    ]);
    const cases = items.length === 0 ? [] : await manager.findBy(CaseEntity, { id: In(items.map((item) => item.caseId)) });
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
        hypotheses: forCase(notes).filter((note) => note.kind === 'hypothesis').map(toNoteView),
        reflections: forCase(notes).filter((note) => note.kind === 'reflection').map(toNoteView),
        decisions: forCase(decisions).map((decision) => toDecisionView(decision, taskByDecision.get(decision.id))),
      };
    });
    return { ...toMeetingSummaryView(meeting), agenda, amendments: amendments.map(toAmendmentView) };
  }
}
