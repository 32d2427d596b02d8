import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A hold its booker let go of before it lapsed (they went back, chose another time or left the page):
 * the row stays, as released, with its time freed, so letting go twice is answered the same.
 */
export class AddReleasedHolds1767100009000 implements MigrationInterface {
  name = 'AddReleasedHolds1767100009000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE booking
        DROP CONSTRAINT booking_status_check,
        ADD CONSTRAINT booking_status_check
          CHECK (status IN ('held', 'confirmed', 'cancelled', 'no-show', 'concluded', 'expired', 'released'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE booking SET status = 'expired' WHERE status = 'released'`);
    await queryRunner.query(`
      ALTER TABLE booking
        DROP CONSTRAINT booking_status_check,
        ADD CONSTRAINT booking_status_check
          CHECK (status IN ('held', 'confirmed', 'cancelled', 'no-show', 'concluded', 'expired'))`);
  }
}
