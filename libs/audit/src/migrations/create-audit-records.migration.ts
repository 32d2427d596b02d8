import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only, hash-chained audit log. Append-only is enforced by the database, not by
 * convention: a statement trigger refuses UPDATE, DELETE and TRUNCATE for every role. UNIQUE
 * (prev_hash) means a record can have only one successor, so even a writer that skipped the chain
 * lock could not fork the chain; it would fail instead.
 */
export class CreateAuditRecords1767000000050 implements MigrationInterface {
  name = 'CreateAuditRecords1767000000050';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_record (
        seq bigserial NOT NULL,
        id uuid NOT NULL,
        occurred_at timestamptz NOT NULL,
        service text NOT NULL,
        actor_user_id text NOT NULL,
        actor_agency text NOT NULL,
        actor_role text NOT NULL,
        case_id uuid NULL,
        action text NOT NULL,
        resource text NOT NULL,
        information_class text NOT NULL,
        purpose text NOT NULL,
        disclosed_to_agency text NULL,
        correlation_id text NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        CONSTRAINT audit_record_pkey PRIMARY KEY (id),
        CONSTRAINT audit_record_seq_key UNIQUE (seq),
        CONSTRAINT audit_record_prev_hash_key UNIQUE (prev_hash),
        CONSTRAINT audit_record_hash_key UNIQUE (hash),
        CONSTRAINT audit_record_action_check CHECK (action IN ('read', 'disclose')),
        CONSTRAINT audit_record_disclosure_check CHECK ((action = 'disclose') = (disclosed_to_agency IS NOT NULL)),
        CONSTRAINT audit_record_hash_check CHECK (hash ~ '^[0-9a-f]{64}$' AND prev_hash ~ '^[0-9a-f]{64}$')
      )`);
    await queryRunner.query(`CREATE INDEX audit_record_case_occurred_idx ON audit_record (case_id, occurred_at)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_record_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_record is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_record_append_only
      BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_record
      FOR EACH STATEMENT EXECUTE FUNCTION audit_record_refuse_change()`);
    await queryRunner.query(
      `COMMENT ON TABLE audit_record IS 'Append-only, hash-chained log of reads and disclosures of client data (Act on client data 703/2023).'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_record`);
    await queryRunner.query(`DROP FUNCTION audit_record_refuse_change()`);
  }
}

/** The same migration under a stable name, for services' migration lists. */
export { CreateAuditRecords1767000000050 as CreateAuditRecords };
