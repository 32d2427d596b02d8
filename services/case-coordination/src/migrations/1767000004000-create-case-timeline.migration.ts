import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One chronological record of everything that happened on a case, from every service's events. */
export class CreateCaseTimeline1767000004000 implements MigrationInterface {
  name = 'CreateCaseTimeline1767000004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_timeline_entry (
        event_id          uuid PRIMARY KEY,
        case_id           uuid NOT NULL,
        occurred_at       timestamptz NOT NULL,
        event_name        text NOT NULL,
        information_class text NOT NULL,
        actor             jsonb NOT NULL,
        summary           text NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX case_timeline_by_case ON case_timeline_entry (case_id, occurred_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_timeline_entry');
  }
}
