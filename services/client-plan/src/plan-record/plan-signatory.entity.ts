import type { Agency } from '@yhdessa/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SignatoryPart = 'signs' | 'comments';
export type SignatoryGround = 'responsible-worker' | 'agency-actions' | 'guardian' | 'foster-carer' | 'young-person' | 'child';

/** Who a round asks, and in which position when the round is ordered. */
@Entity({ name: 'plan_signatory' })
export class PlanSignatoryEntity {
  @PrimaryColumn('uuid', { name: 'plan_id' })
  planId!: string;

  @PrimaryColumn('int')
  version!: number;

  @PrimaryColumn('int')
  round!: number;

  @PrimaryColumn('text', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text')
  agency!: Agency;

  @Column('text')
  part!: SignatoryPart;

  @Column('text')
  ground!: SignatoryGround;

  @Column('int')
  position!: number;
}
