import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The step by which an anonymous consultation became one about the child of a case: on what ground
 * (the guardian's consent or the law's duty to notify), by whom and when. Only a consultation on a case
 * has one, and a consultation named has all of them.
 */
export class AddConsultationNaming1767100007000 implements MigrationInterface {
  name = 'AddConsultationNaming1767100007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE booking
        ADD COLUMN named_ground     text CHECK (named_ground IN ('guardian-consent', 'notification-required')),
        ADD COLUMN named_by_user_id text,
        ADD COLUMN named_by_agency  text,
        ADD COLUMN named_at         timestamptz,
        ADD CONSTRAINT booking_naming_whole CHECK (
          (named_ground IS NULL) = (named_at IS NULL) AND (named_ground IS NULL) = (named_by_user_id IS NULL)
          AND (named_ground IS NULL) = (named_by_agency IS NULL) AND (named_ground IS NULL OR case_id IS NOT NULL))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE booking DROP CONSTRAINT booking_naming_whole, DROP COLUMN named_ground, DROP COLUMN named_by_user_id, DROP COLUMN named_by_agency, DROP COLUMN named_at',
    );
  }
}
