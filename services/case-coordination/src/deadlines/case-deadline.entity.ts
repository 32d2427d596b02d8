import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { deadlineKinds } from '@yhdessa/contracts';

export type DeadlineKind = (typeof deadlineKinds)[number];

@Entity({ name: 'case_deadline' })
export class CaseDeadlineEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text')
  kind!: DeadlineKind;

  /** ISO date. */
  @Column('date', { name: 'due_on' })
  dueOn!: string;

  @Column('timestamptz', { name: 'met_at', nullable: true })
  metAt!: Date | null;

  @Column('timestamptz', { name: 'overdue_raised_at', nullable: true })
  overdueRaisedAt!: Date | null;
}
