import type { PlanActionUpdatedV1 } from '@yhdessa/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PlanActionStatus = PlanActionUpdatedV1['status'];

/** The responsible agency's update of an action: its status and a note; the latest one is where the action stands. */
@Entity({ name: 'plan_action_update' })
export class PlanActionUpdateEntity {
  @PrimaryColumn('uuid', { name: 'update_id' })
  updateId!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('text', { name: 'action_id' })
  actionId!: string;

  @Column('text')
  status!: PlanActionStatus;

  @Column('text', { nullable: true })
  note!: string | null;

  @Column('text', { name: 'by_user_id' })
  byUserId!: string;

  @Column('text', { name: 'by_name' })
  byName!: string;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
