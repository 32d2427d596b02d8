import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A service's own copy of the consents given on each case, kept from case-coordination's events. It
 * holds only what an access decision needs: no names of who gave them.
 */
export class CreateConsentProjection1767000000200 implements MigrationInterface {
  name = 'CreateConsentProjection1767000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE consent (
        consent_id        uuid PRIMARY KEY,
        case_id           uuid NOT NULL,
        information_class text NOT NULL,
        to_agency         text NOT NULL,
        valid_from        date NOT NULL,
        valid_until       date NOT NULL,
        withdrawn_at      timestamptz,
        last_event_id     uuid NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX consent_by_case_agency_class ON consent (case_id, to_agency, information_class)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE consent');
  }
}
