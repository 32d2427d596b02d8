import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An expert's calendar is reached only by the secret feed address kept as a hash in `calendar_feed`;
 * the plain-text key each expert was given at registration was never read, and a working secret in
 * clear has no place in the database.
 */
export class DropExpertCalendarKey1767100006000 implements MigrationInterface {
  name = 'DropExpertCalendarKey1767100006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE expert DROP COLUMN calendar_key');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE expert ADD COLUMN calendar_key text`);
    await queryRunner.query(`UPDATE expert SET calendar_key = md5(random()::text || expert_id::text)`);
    await queryRunner.query('ALTER TABLE expert ALTER COLUMN calendar_key SET NOT NULL');
    await queryRunner.query('ALTER TABLE expert ADD CONSTRAINT expert_calendar_key_unique UNIQUE (calendar_key)');
  }
}
