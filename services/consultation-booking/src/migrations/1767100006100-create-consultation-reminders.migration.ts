import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders before a consultation, one row per booking, person, lead (the day before, the hour
 * before) and start time: the sweep inserts each once whatever instance or how often it runs, and a
 * moved consultation, starting at another time, is reminded of afresh.
 */
export class CreateConsultationReminders1767100006100 implements MigrationInterface {
  name = 'CreateConsultationReminders1767100006100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE consultation_reminder (
        reminder_id       uuid PRIMARY KEY,
        booking_id        uuid NOT NULL REFERENCES booking (booking_id),
        recipient_user_id text NOT NULL,
        recipient_role    text NOT NULL CHECK (recipient_role IN ('booker', 'expert')),
        lead              text NOT NULL CHECK (lead IN ('day-before', 'hour-before')),
        starts_at         timestamptz NOT NULL,
        due_at            timestamptz NOT NULL,
        created_at        timestamptz NOT NULL,
        CONSTRAINT consultation_reminder_once UNIQUE (booking_id, recipient_user_id, lead, starts_at)
      )`);
    await queryRunner.query(
      'CREATE INDEX consultation_reminder_by_recipient ON consultation_reminder (recipient_user_id, starts_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE consultation_reminder');
  }
}
