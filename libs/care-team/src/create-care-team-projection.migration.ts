import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A service's own copy of who is on each case's care team, kept from case-coordination's events. */
export class CreateCareTeamProjection1767000000100 implements MigrationInterface {
  name = 'CreateCareTeamProjection1767000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE care_team_member (
        member_id        uuid PRIMARY KEY,
        case_id          uuid NOT NULL,
        user_id          text NOT NULL,
        display_name     text NOT NULL,
        agency           text NOT NULL,
        participant_kind text NOT NULL,
        role_in_case     text NOT NULL,
        since            date NOT NULL,
        until            date,
        removed_at       timestamptz,
        last_event_id    uuid NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX care_team_member_by_case_user ON care_team_member (case_id, user_id)');
    await queryRunner.query('CREATE INDEX care_team_member_by_user ON care_team_member (user_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE care_team_member');
  }
}
