import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { MinutesStatus } from './minutes-change.domain.js';

/** A systemic team's weekly meeting and the state of its minutes. */
@Entity({ name: 'team_meeting' })
export class MeetingEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'team_id' })
  teamId!: string;

  /** ISO date. */
  @Column('date', { name: 'held_on' })
  heldOn!: string;

  @Column('text')
  status!: MinutesStatus;

  @Column('text', { name: 'scheduled_by_id' })
  scheduledById!: string;

  @Column('timestamptz', { name: 'scheduled_at' })
  scheduledAt!: Date;

  @Column('text', { name: 'finalised_by_id', nullable: true })
  finalisedById!: string | null;

  @Column('text', { name: 'finalised_by_name', nullable: true })
  finalisedByName!: string | null;

  @Column('timestamptz', { name: 'finalised_at', nullable: true })
  finalisedAt!: Date | null;
}
