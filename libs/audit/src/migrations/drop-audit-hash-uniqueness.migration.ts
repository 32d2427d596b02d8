import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Drops UNIQUE (hash). It guarded nothing the chain needs: a record's single successor is guarded by
 * UNIQUE (chain_key, prev_hash), and tampering is found by verifying the chain, not by an index. Its
 * cost was real: a SHA-256 is a random key, so every append dirtied a random leaf of a large index
 * (in a log of 2.3 million records, 1.2 million of its block reads missed the cache, against 36,000
 * for the (chain_key, seq) index that appends walk in order).
 */
export class DropAuditHashUniqueness1767000000070 implements MigrationInterface {
  name = 'DropAuditHashUniqueness1767000000070';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_record DROP CONSTRAINT audit_record_hash_key`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE audit_record ADD CONSTRAINT audit_record_hash_key UNIQUE (hash)`);
  }
}

/** The same migration under a stable name, for services' migration lists. */
export { DropAuditHashUniqueness1767000000070 as DropAuditHashUniqueness };
