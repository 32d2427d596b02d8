import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The child the case is about, their guardians, and the notification or referral that opened it. */
export class AddChildAndNotification1767000001500 implements MigrationInterface {
  name = 'AddChildAndNotification1767000001500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE child_case
        ADD COLUMN child_name text,
        ADD COLUMN child_date_of_birth date,
        ADD COLUMN personal_identity_code text,
        ADD COLUMN guardians jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN notifier_channel text,
        ADD COLUMN notifier_name text,
        ADD COLUMN notification_content text,
        ADD COLUMN closed_at timestamptz,
        ADD COLUMN status_reason text`);
    await queryRunner.query(
      "CREATE UNIQUE INDEX child_case_one_open_per_child ON child_case (personal_identity_code) WHERE status = 'open' AND personal_identity_code IS NOT NULL",
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX child_case_one_open_per_child');
    await queryRunner.query(`
      ALTER TABLE child_case
        DROP COLUMN child_name, DROP COLUMN child_date_of_birth, DROP COLUMN personal_identity_code, DROP COLUMN guardians,
        DROP COLUMN notifier_channel, DROP COLUMN notifier_name, DROP COLUMN notification_content,
        DROP COLUMN closed_at, DROP COLUMN status_reason`);
  }
}
