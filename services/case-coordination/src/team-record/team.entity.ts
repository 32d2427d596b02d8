import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A systemic team: a few social workers, a clinician and a coordinator who meet weekly on their cases. */
@Entity({ name: 'systemic_team' })
export class TeamEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('text', { name: 'created_by_id' })
  createdById!: string;
}
