import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When an invitation's lateness was raised to the assessment's lead: once per invitation, so the
 * sweep that raises it finds only those still to raise, whichever instance runs it.
 */
export class InvitationOverdueRaised1768000030000 implements MigrationInterface {
  name = 'InvitationOverdueRaised1768000030000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE assessment_invitation ADD COLUMN overdue_raised_at timestamptz');
    await queryRunner.query(
      `CREATE INDEX assessment_invitation_overdue_to_raise ON assessment_invitation (due_on)
       WHERE submitted_at IS NULL AND overdue_raised_at IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX assessment_invitation_overdue_to_raise');
    await queryRunner.query('ALTER TABLE assessment_invitation DROP COLUMN overdue_raised_at');
  }
}
