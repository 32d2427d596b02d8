import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TeamRole } from '../team-record/team-member.entity.js';

export const noteKinds = ['hypothesis', 'reflection'] as const;
export type NoteKind = (typeof noteKinds)[number];

/** A hypothesis or reflection about one agenda case: who said it, in which team role, and who wrote it down. */
@Entity({ name: 'meeting_note' })
export class MeetingNoteEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text')
  kind!: NoteKind;

  @Column('text')
  text!: string;

  @Column('text', { name: 'author_id' })
  authorId!: string;

  @Column('text', { name: 'author_name' })
  authorName!: string;

  @Column('text', { name: 'author_team_role' })
  authorTeamRole!: TeamRole;

  @Column('text', { name: 'recorded_by_id' })
  recordedById!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('timestamptz', { name: 'edited_at', nullable: true })
  editedAt!: Date | null;
}
