import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Child protection's intake inbox of what consultations sent on: a child-welfare notification the
 * school will make, or a referral, from a consultation's outcome (ConsultationConcluded.v1). Nothing in
 * it names the child; the case opened from it is linked when intake opens one.
 */
export class CreateConsultationIntake1767000007000 implements MigrationInterface {
  name = 'CreateConsultationIntake1767000007000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE consultation_intake (
        item_id           uuid PRIMARY KEY,
        booking_id        uuid NOT NULL,
        kind              text NOT NULL CHECK (kind IN ('notification', 'referral')),
        consultation_type text NOT NULL,
        received_at       timestamptz NOT NULL,
        notifier_user_id  text NOT NULL,
        notifier_name     text NOT NULL,
        notifier_agency   text NOT NULL,
        school            text,
        age_band          text,
        concern_category  text,
        summary           text NOT NULL,
        case_id           uuid REFERENCES child_case (id),
        opened_at         timestamptz,
        CONSTRAINT consultation_intake_one_per_booking UNIQUE (booking_id),
        CHECK ((case_id IS NULL) = (opened_at IS NULL))
      )`);
    await queryRunner.query(
      'CREATE INDEX consultation_intake_waiting ON consultation_intake (received_at) WHERE case_id IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE consultation_intake');
  }
}
