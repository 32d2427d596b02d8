import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TaskStatus } from './task-status.domain.js';

/** The task a meeting decision became: someone on the team owns it until a due date. */
@Entity({ name: 'meeting_task' })
export class MeetingTaskEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'decision_id' })
  decisionId!: string;

  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text', { name: 'owner_id' })
  ownerId!: string;

  @Column('text', { name: 'owner_name' })
  ownerName!: string;

  /** ISO date. */
  @Column('date', { name: 'due_on' })
  dueOn!: string;

  @Column('text')
  status!: TaskStatus;

  @Column('timestamptz', { name: 'status_changed_at' })
  statusChangedAt!: Date;
}
