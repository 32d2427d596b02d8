import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One hash chain per case instead of one per database. `chain_key` names the chain a record belongs
 * to: the case id, 'no-case' for records about no single case, and 'legacy-global' for every record
 * written before this migration, so the old single chain still verifies in `seq` order.
 *
 * Additive and trigger-safe: the column is added with a constant default, which PostgreSQL stores
 * once in the catalogue instead of updating rows (the append-only trigger is never touched), and the
 * default is then dropped so every new record must name its chain. UNIQUE (prev_hash) becomes
 * UNIQUE (chain_key, prev_hash): every chain starts at the genesis hash, and within a chain a record
 * can still have only one successor.
 */
export class AddAuditChainKey1767000000060 implements MigrationInterface {
  name = 'AddAuditChainKey1767000000060';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_record ADD COLUMN chain_key text NOT NULL DEFAULT 'legacy-global'`);
    await queryRunner.query(`ALTER TABLE audit_record ALTER COLUMN chain_key DROP DEFAULT`);
    await queryRunner.query(`
      ALTER TABLE audit_record ADD CONSTRAINT audit_record_chain_key_check
      CHECK (chain_key = COALESCE(case_id::text, 'no-case') OR chain_key = 'legacy-global')`);
    await queryRunner.query(
      `ALTER TABLE audit_record ADD CONSTRAINT audit_record_chain_prev_hash_key UNIQUE (chain_key, prev_hash)`,
    );
    await queryRunner.query(`ALTER TABLE audit_record DROP CONSTRAINT audit_record_prev_hash_key`);
    await queryRunner.query(`CREATE INDEX audit_record_chain_seq_idx ON audit_record (chain_key, seq)`);
    await queryRunner.query(
      `COMMENT ON COLUMN audit_record.chain_key IS 'The hash chain of the record: its case id, no-case, or legacy-global for records written before per-case chains.'`,
    );
  }

  /** Only while every record is still in the legacy chain: per-case chains cannot be merged back into one. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM audit_record WHERE chain_key <> 'legacy-global') THEN
          RAISE EXCEPTION 'audit_record has per-case chains; they cannot be folded back into one chain';
        END IF;
      END
      $$`);
    await queryRunner.query(`DROP INDEX audit_record_chain_seq_idx`);
    await queryRunner.query(`ALTER TABLE audit_record ADD CONSTRAINT audit_record_prev_hash_key UNIQUE (prev_hash)`);
    await queryRunner.query(`ALTER TABLE audit_record DROP CONSTRAINT audit_record_chain_prev_hash_key`);
    await queryRunner.query(`ALTER TABLE audit_record DROP CONSTRAINT audit_record_chain_key_check`);
    await queryRunner.query(`ALTER TABLE audit_record DROP COLUMN chain_key`);
  }
}

/** The same migration under a stable name, for services' migration lists. */
export { AddAuditChainKey1767000000060 as AddAuditChainKey };
