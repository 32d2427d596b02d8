import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'child_case' })
export class CaseEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  origin!: string;

  @Column('timestamptz', { name: 'received_at' })
  receivedAt!: Date;

  @Column('text')
  language!: string;

  @Column('text', { name: 'responsible_worker_id' })
  responsibleWorkerId!: string;

  @Column('text', { name: 'responsible_worker_name' })
  responsibleWorkerName!: string;

  @Column('text')
  status!: 'open' | 'closed';

  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Column('text', { name: 'child_name', nullable: true })
  childName!: string | null;

  /** ISO date. */
  @Column('date', { name: 'child_date_of_birth', nullable: true })
  childDateOfBirth!: string | null;

  @Column('text', { name: 'personal_identity_code', nullable: true })
  personalIdentityCode!: string | null;

  @Column('jsonb', { default: () => "'[]'" })
  guardians!: Array<{ name: string; userId: string | null }>;

  /** Who made the notification: school, health-care, police, anonymous, … */
  @Column('text', { name: 'notifier_channel', nullable: true })
  notifierChannel!: string | null;

  @Column('text', { name: 'notifier_name', nullable: true })
  notifierName!: string | null;

  @Column('text', { name: 'notification_content', nullable: true })
  notificationContent!: string | null;

  @Column('timestamptz', { name: 'closed_at', nullable: true })
  closedAt!: Date | null;

  @Column('text', { name: 'status_reason', nullable: true })
  statusReason!: string | null;
}
