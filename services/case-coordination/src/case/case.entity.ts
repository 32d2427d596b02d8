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
}
