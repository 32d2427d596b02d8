import type { Agency } from '@yhdessa/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SignatureDecision = 'signed' | 'commented' | 'declined';

/** A party's answer in a round: signed (or commented) binding a content hash, or declined with a reason. */
@Entity({ name: 'plan_signature' })
export class PlanSignatureEntity {
  @PrimaryColumn('uuid', { name: 'signature_id' })
  signatureId!: string;

  @Column('uuid', { name: 'plan_id' })
  planId!: string;

  @Column('int')
  version!: number;

  @Column('int')
  round!: number;

  @Column('text', { name: 'user_id' })
  userId!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text')
  agency!: Agency;

  @Column('text')
  decision!: SignatureDecision;

  @Column('text', { name: 'content_hash' })
  contentHash!: string;

  /** A decline's reason, or a child's comment. */
  @Column('text', { nullable: true })
  remark!: string | null;

  @Column('timestamptz', { name: 'signed_at' })
  signedAt!: Date;
}
