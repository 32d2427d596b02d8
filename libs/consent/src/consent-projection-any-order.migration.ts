import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consent projection takes events and case states in any order: a consent can be known from its
 * withdrawal before it is known itself (so only what the withdrawal tells is required), and an
 * erased case is remembered, by its id alone, so that nothing read later brings its consents back.
 */
export class ConsentProjectionAnyOrder1767000000210 implements MigrationInterface {
  name = 'ConsentProjectionAnyOrder1767000000210';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE consent
        ALTER COLUMN information_class DROP NOT NULL,
        ALTER COLUMN to_agency DROP NOT NULL,
        ALTER COLUMN valid_from DROP NOT NULL,
        ALTER COLUMN valid_until DROP NOT NULL`);
    await queryRunner.query('CREATE TABLE consent_erased_case (case_id uuid PRIMARY KEY, erased_at timestamptz NOT NULL)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE consent_erased_case');
    await queryRunner.query('DELETE FROM consent WHERE valid_from IS NULL');
    await queryRunner.query(`
      ALTER TABLE consent
        ALTER COLUMN information_class SET NOT NULL,
        ALTER COLUMN to_agency SET NOT NULL,
        ALTER COLUMN valid_from SET NOT NULL,
        ALTER COLUMN valid_until SET NOT NULL`);
  }
}
