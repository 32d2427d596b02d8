import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCases1767000001000 implements MigrationInterface {
  name = 'CreateCases1767000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE child_case (
        id                      uuid PRIMARY KEY,
        origin                  text NOT NULL,
        received_at             timestamptz NOT NULL,
        language                text NOT NULL,
        responsible_worker_id   text NOT NULL,
        responsible_worker_name text NOT NULL,
        status                  text NOT NULL CHECK (status IN ('open', 'closed')),
        opened_at               timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX child_case_by_worker ON child_case (responsible_worker_id, status)');
    await queryRunner.query(`
      CREATE TABLE case_care_team_member (
        member_id        uuid PRIMARY KEY,
        case_id          uuid NOT NULL REFERENCES child_case (id),
        user_id          text NOT NULL,
        display_name     text NOT NULL,
        agency           text NOT NULL,
        participant_kind text NOT NULL,
        role_in_case     text NOT NULL,
        since            date NOT NULL,
        until            date,
        removed_at       timestamptz,
        removal_reason   text
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX case_care_team_one_active_per_user ON case_care_team_member (case_id, user_id) WHERE removed_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_care_team_member');
    await queryRunner.query('DROP TABLE child_case');
  }
}
