import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The care-team projection takes events and case states in any order: a member can be known from
 * their removal before their joining (so only what the removal tells is required), and an erased
 * case is remembered, by its id alone, so that nothing read later brings its members back.
 */
export class CareTeamProjectionAnyOrder1767000000110 implements MigrationInterface {
  name = 'CareTeamProjectionAnyOrder1767000000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE care_team_member
        ALTER COLUMN display_name DROP NOT NULL,
        ALTER COLUMN participant_kind DROP NOT NULL,
        ALTER COLUMN role_in_case DROP NOT NULL,
        ALTER COLUMN since DROP NOT NULL`);
    await queryRunner.query('CREATE TABLE care_team_erased_case (case_id uuid PRIMARY KEY, erased_at timestamptz NOT NULL)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE care_team_erased_case');
    await queryRunner.query('DELETE FROM care_team_member WHERE since IS NULL');
    await queryRunner.query(`
      ALTER TABLE care_team_member
        ALTER COLUMN display_name SET NOT NULL,
        ALTER COLUMN participant_kind SET NOT NULL,
        ALTER COLUMN role_in_case SET NOT NULL,
        ALTER COLUMN since SET NOT NULL`);
  }
}
