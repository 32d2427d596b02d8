import { Column, Entity, PrimaryColumn, type ValueTransformer } from 'typeorm';

/** `bigint` arrives from node-postgres as a string; the chain order fits a JS number for ages. */
const bigintAsNumber: ValueTransformer = {
  to: (value: number | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * One row of the append-only audit log, for the service's DataSource and for reports that query it.
 * `AuditLog` itself reads and writes with plain SQL (the chain needs its own lock, the database
 * assigns `seq`), so it works even where the entity was left out of a DataSource. The database
 * refuses UPDATE, DELETE and TRUNCATE.
 */
@Entity({ name: 'audit_record' })
export class AuditRecordEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  /** The hash chain of the record: its case id, 'no-case', or 'legacy-global' (written before per-case chains). */
  @Column({ name: 'chain_key', type: 'text' })
  chainKey!: string;

  @Column({ type: 'bigint', insert: false, update: false, transformer: bigintAsNumber })
  seq!: number;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  service!: string;

  @Column({ name: 'actor_user_id', type: 'text' })
  actorUserId!: string;

  @Column({ name: 'actor_agency', type: 'text' })
  actorAgency!: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: string;

  @Column({ name: 'case_id', type: 'uuid', nullable: true })
  caseId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text' })
  resource!: string;

  @Column({ name: 'information_class', type: 'text' })
  informationClass!: string;

  @Column({ type: 'text' })
  purpose!: string;

  @Column({ name: 'disclosed_to_agency', type: 'text', nullable: true })
  disclosedToAgency!: string | null;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId!: string | null;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash!: string;

  @Column({ type: 'text' })
  hash!: string;
}
