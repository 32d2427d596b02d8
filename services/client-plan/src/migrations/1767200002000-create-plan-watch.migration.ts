import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the plan's watch has done, so each thing is done once whatever instance runs it or how often:
 * a reminder per party per sign-off round, and an overdue flag per action and due date.
 */
export class CreatePlanWatch1767200002000 implements MigrationInterface {
  name = 'CreatePlanWatch1767200002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE plan_sign_off_reminder (
        plan_id      uuid NOT NULL,
        version      int NOT NULL,
        round        int NOT NULL,
        user_id      text NOT NULL,
        expires_at   timestamptz NOT NULL,
        reminded_at  timestamptz NOT NULL,
        PRIMARY KEY (plan_id, version, round, user_id),
        FOREIGN KEY (plan_id, version) REFERENCES plan_version (plan_id, version)
      )`);
    await queryRunner.query('CREATE INDEX plan_sign_off_reminder_by_user ON plan_sign_off_reminder (user_id, expires_at)');
    await queryRunner.query(`
      CREATE TABLE plan_action_overdue (
        plan_id      uuid NOT NULL REFERENCES plan (plan_id),
        action_id    text NOT NULL,
        due          date NOT NULL,
        version      int NOT NULL,
        raised_at    timestamptz NOT NULL,
        PRIMARY KEY (plan_id, action_id, due)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE plan_action_overdue');
    await queryRunner.query('DROP TABLE plan_sign_off_reminder');
  }
}
