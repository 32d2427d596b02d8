import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Experts with their weekly availability (local Helsinki wall-clock times) and dated exceptions, and
 * consultations with one row per attending expert. The last table keeps the rule that no expert is
 * ever booked twice: an exclusion constraint over the time each held or confirmed booking blocks
 * (its buffers included), whatever the application does.
 */
export class CreateExpertsAndBookings1767100001000 implements MigrationInterface {
  name = 'CreateExpertsAndBookings1767100001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query(`
      CREATE TABLE expert (
        expert_id    uuid PRIMARY KEY,
        user_id      text NOT NULL,
        display_name text NOT NULL,
        agency       text NOT NULL CHECK (agency IN ('child-protection', 'psychiatry', 'school')),
        kind         text NOT NULL,
        calendar_key text NOT NULL,
        created_at   timestamptz NOT NULL,
        CONSTRAINT expert_one_per_user UNIQUE (user_id),
        CONSTRAINT expert_calendar_key_unique UNIQUE (calendar_key)
      )`);
    await queryRunner.query(`
      CREATE TABLE availability_window (
        window_id uuid PRIMARY KEY,
        expert_id uuid NOT NULL REFERENCES expert (expert_id),
        weekday   smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        starts    time NOT NULL,
        ends      time NOT NULL,
        CHECK (ends > starts)
      )`);
    await queryRunner.query('CREATE INDEX availability_window_by_expert ON availability_window (expert_id)');
    await queryRunner.query(`
      CREATE TABLE availability_exception (
        exception_id uuid PRIMARY KEY,
        expert_id    uuid NOT NULL REFERENCES expert (expert_id),
        on_date      date NOT NULL,
        starts       time NOT NULL,
        ends         time NOT NULL,
        kind         text NOT NULL CHECK (kind IN ('leave', 'extra')),
        CHECK (ends > starts)
      )`);
    await queryRunner.query('CREATE INDEX availability_exception_by_expert ON availability_exception (expert_id, on_date)');
    await queryRunner.query(`
      CREATE TABLE booking (
        booking_id        uuid PRIMARY KEY,
        consultation_type text NOT NULL,
        status            text NOT NULL CHECK (status IN ('held', 'confirmed', 'cancelled', 'no-show', 'concluded', 'expired')),
        starts_at         timestamptz NOT NULL,
        ends_at           timestamptz NOT NULL,
        hold_expires_at   timestamptz,
        case_id           uuid,
        legal_basis       text,
        age_band          text,
        school            text,
        concern_category  text,
        description       text,
        booker_user_id    text NOT NULL,
        booker_name       text NOT NULL,
        booker_agency     text NOT NULL,
        booked_at         timestamptz NOT NULL,
        change_reason     text,
        outcome           text CHECK (outcome IN ('advice', 'notification', 'referral')),
        outcome_summary   text,
        concluded_at      timestamptz,
        CHECK (ends_at > starts_at),
        CHECK ((status = 'held') = (hold_expires_at IS NOT NULL)),
        CHECK ((outcome IS NULL) = (concluded_at IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX booking_by_case ON booking (case_id) WHERE case_id IS NOT NULL');
    await queryRunner.query('CREATE INDEX booking_by_booker ON booking (booker_user_id, starts_at)');
    await queryRunner.query(`
      CREATE TABLE booking_participant (
        booking_id uuid NOT NULL REFERENCES booking (booking_id),
        expert_id  uuid NOT NULL REFERENCES expert (expert_id),
        blocked    tstzrange NOT NULL,
        blocking   boolean NOT NULL,
        PRIMARY KEY (booking_id, expert_id),
        CONSTRAINT booking_participant_no_overlap EXCLUDE USING gist (expert_id WITH =, blocked WITH &&) WHERE (blocking)
      )`);
    await queryRunner.query('CREATE INDEX booking_participant_by_expert ON booking_participant USING gist (expert_id, blocked)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE booking_participant, booking, availability_exception, availability_window, expert');
  }
}
