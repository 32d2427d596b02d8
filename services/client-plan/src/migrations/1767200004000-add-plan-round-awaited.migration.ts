import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many parties who sign a version's round under way have not signed yet: each signature takes one
 * off in the same statement that locks the version's row, so the signature that brings it to zero is
 * the one that brings the version into force, however many sign at once. Set when a round opens;
 * counted here for a round already under way.
 */
export class AddPlanRoundAwaited1767200004000 implements MigrationInterface {
  name = 'AddPlanRoundAwaited1767200004000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE plan_version ADD COLUMN round_awaited int NOT NULL DEFAULT 0 CONSTRAINT plan_version_round_awaited_counted CHECK (round_awaited >= 0)',
    );
    await queryRunner.query(`
      UPDATE plan_version v
         SET round_awaited = (
           SELECT count(*) FROM plan_signatory s
            WHERE s.plan_id = v.plan_id AND s.version = v.version AND s.round = v.round AND s.part = 'signs'
              AND NOT EXISTS (SELECT 1 FROM plan_signature a
                               WHERE a.plan_id = s.plan_id AND a.version = s.version AND a.round = s.round
                                 AND a.user_id = s.user_id AND a.decision = 'signed'))
       WHERE v.status = 'signing'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE plan_version DROP COLUMN round_awaited');
  }
}
