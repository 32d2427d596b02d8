import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { TeamRole } from '../team-record/team-member.entity.js';

/** A visible addition to finalised minutes, about one or more of the meeting's cases. */
@Entity({ name: 'meeting_amendment' })
export class MeetingAmendmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'meeting_id' })
  meetingId!: string;

  @Column('uuid', { name: 'case_ids', array: true })
  caseIds!: string[];

  @Column('text')
  text!: string;

  @Column('text', { name: 'author_id' })
  authorId!: string;

  @Column('text', { name: 'author_name' })
  authorName!: string;

  @Column('text', { name: 'author_team_role' })
  authorTeamRole!: TeamRole;

  @Column('timestamptz', { name: 'amended_at' })
  amendedAt!: Date;
}
