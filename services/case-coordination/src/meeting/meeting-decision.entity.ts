import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What the team decided about one agenda case; each decision becomes a task. */
@Entity({ name: 'meeting_decision' })
export class MeetingDecisionEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text')
  text!: string;

  @Column('text', { name: 'recorded_by_id' })
  recordedById!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt!: Date | null;
}
