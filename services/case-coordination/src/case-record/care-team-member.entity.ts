import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The authoritative care team of a case; other services keep projections of it from events. */
@Entity({ name: 'case_care_team_member' })
export class CareTeamMemberEntity {
  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('uuid', { name: 'case_id' })
  caseId!: string;

  @Column('text', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text')
  agency!: string;

  @Column('text', { name: 'participant_kind' })
  participantKind!: string;

  @Column('text', { name: 'role_in_case' })
  roleInCase!: string;

  @Column('date')
  since!: string;

  @Column('date', { nullable: true })
  until!: string | null;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;

  @Column('text', { name: 'removal_reason', nullable: true })
  removalReason!: string | null;
}
