import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each case's access report: one row per audit record about the case, from every service's log
 * (`AccessRecorded` on `audit.records`). The record id is the key, so a record that arrives twice is
 * kept once; pages are read newest first by (accessed_at, record_id).
 */
export class CreateAccessReport1767000005000 implements MigrationInterface {
  name = 'CreateAccessReport1767000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE access_report_entry (
        record_id           uuid PRIMARY KEY,
        case_id             uuid NOT NULL,
        accessed_at         timestamptz NOT NULL,
        service             text NOT NULL,
        actor_user_id       text NOT NULL,
        actor_display_name  text NULL,
        actor_agency        text NOT NULL,
        actor_role          text NOT NULL,
        action              text NOT NULL CHECK (action IN ('read', 'disclose')),
        information_class   text NOT NULL,
        resource            text NOT NULL,
        purpose             text NOT NULL,
        disclosed_to_agency text NULL,
        CONSTRAINT access_report_entry_disclosure_check CHECK ((action = 'disclose') = (disclosed_to_agency IS NOT NULL))
      )`);
    await queryRunner.query(
      'CREATE INDEX access_report_entry_by_case ON access_report_entry (case_id, accessed_at DESC, record_id DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE access_report_entry');
  }
}
