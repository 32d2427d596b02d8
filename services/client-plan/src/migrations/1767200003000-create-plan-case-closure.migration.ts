import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Whether each case is closed, as case-coordination's events tell it: a closed case's actions are no one's to move. */
export class CreatePlanCaseClosure1767200003000 implements MigrationInterface {
  name = 'CreatePlanCaseClosure1767200003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE plan_case_closure (
        case_id        uuid PRIMARY KEY,
        closed         boolean NOT NULL,
        changed_at     timestamptz NOT NULL,
        last_event_id  uuid NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE plan_case_closure');
  }
}
