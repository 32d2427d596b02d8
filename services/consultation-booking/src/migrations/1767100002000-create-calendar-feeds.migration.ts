import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each expert's secret calendar feed: only the SHA-256 of its token is kept, so the database never
 * holds a working feed address. Rotating replaces the hash, and the old address then finds nothing.
 */
export class CreateCalendarFeeds1767100002000 implements MigrationInterface {
  name = 'CreateCalendarFeeds1767100002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE calendar_feed (
        expert_id  uuid PRIMARY KEY REFERENCES expert (expert_id),
        token_hash bytea NOT NULL,
        rotated_at timestamptz NOT NULL,
        CONSTRAINT calendar_feed_token_unique UNIQUE (token_hash)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE calendar_feed');
  }
}
