import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanContent } from './plan-content.schema.js';

/**
 * draft: being written; signing: put to its parties; in-force: every party signed it, the one that
 * counts; superseded: a later version came into force.
 */
export const planVersionStatuses = ['draft', 'signing', 'in-force', 'superseded'] as const;
export type PlanVersionStatus = (typeof planVersionStatuses)[number];

/** A version of the plan: its latest content and where it stands; every saved change is a revision of it. */
@Entity({ name: 'plan_version' })
export class PlanVersionEntity {
  @PrimaryColumn('uuid', { name: 'plan_id' })
  planId!: string;

  @PrimaryColumn('int')
  version!: number;

  @Column('text')
  status!: PlanVersionStatus;

  /** Its latest revision's number. */
  @Column('int')
  revision!: number;

  @Column('jsonb')
  content!: PlanContent;

  @Column('text', { name: 'content_hash' })
  contentHash!: string;

  /** The sign-off round under way or last held (0 before the first). */
  @Column('int')
  round!: number;

  /** When the round under way expires. */
  @Column('timestamptz', { name: 'round_expires_at', nullable: true })
  roundExpiresAt!: Date | null;

  /** Whether the round asks its parties to sign in the order listed. */
  @Column('boolean', { name: 'round_ordered' })
  roundOrdered!: boolean;

  @Column('timestamptz', { name: 'signed_off_at', nullable: true })
  signedOffAt!: Date | null;

  /** The hash the parties signed, kept when a later correction that is not substantive changes the content. */
  @Column('text', { name: 'signed_content_hash', nullable: true })
  signedContentHash!: string | null;
}
