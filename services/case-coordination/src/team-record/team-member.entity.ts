import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A member's part on a systemic team. */
export const teamRoles = ['social-worker', 'clinician', 'coordinator'] as const;
export type TeamRole = (typeof teamRoles)[number];

@Entity({ name: 'systemic_team_member' })
export class TeamMemberEntity {
  @PrimaryColumn('uuid', { name: 'member_id' })
  memberId!: string;

  @Column('uuid', { name: 'team_id' })
  teamId!: string;

  @Column('text', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text', { name: 'team_role' })
  teamRole!: TeamRole;

  @Column('timestamptz', { name: 'joined_at' })
  joinedAt!: Date;

  @Column('timestamptz', { name: 'removed_at', nullable: true })
  removedAt!: Date | null;
}
