import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The law's clocks per case: when each is due, when it was met, and whether its overdue event went out. */
export class CreateCaseDeadlines1767000002500 implements MigrationInterface {
  name = 'CreateCaseDeadlines1767000002500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_deadline (
        id                uuid PRIMARY KEY,
        case_id           uuid NOT NULL REFERENCES child_case (id),
        kind              text NOT NULL,
        due_on            date NOT NULL,
        met_at            timestamptz,
        overdue_raised_at timestamptz,
        UNIQUE (case_id, kind)
      )`);
    await queryRunner.query('CREATE INDEX case_deadline_open ON case_deadline (due_on) WHERE met_at IS NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_deadline');
  }
}
