import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The family's consents to share a class of the child's information with an agency: who gave each,
 * how, for which period, who recorded it, and its withdrawal. Rows are never deleted.
 */
export class CreateConsents1767000002000 implements MigrationInterface {
  name = 'CreateConsents1767000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE case_consent (
        consent_id                     uuid PRIMARY KEY,
        case_id                        uuid NOT NULL REFERENCES child_case (id),
        information_class              text NOT NULL CHECK (information_class IN ('health', 'school', 'child-protection')),
        to_agency                      text NOT NULL,
        valid_from                     date NOT NULL,
        valid_until                    date NOT NULL,
        given_by_name                  text NOT NULL,
        given_by_role                  text NOT NULL CHECK (given_by_role IN ('guardian', 'young-person')),
        given_by_user_id               text,
        method                         text NOT NULL CHECK (method IN ('written', 'verbal', 'electronic')),
        given_at                       timestamptz NOT NULL,
        recorded_by_user_id            text NOT NULL,
        recorded_by_name               text NOT NULL,
        withdrawn_at                   timestamptz,
        withdrawn_by_name              text,
        withdrawn_by_role              text CHECK (withdrawn_by_role IN ('guardian', 'young-person')),
        withdrawal_recorded_by_user_id text,
        CHECK (valid_until > valid_from),
        CHECK ((withdrawn_at IS NULL) = (withdrawn_by_name IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX case_consent_by_case ON case_consent (case_id, information_class, to_agency)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE case_consent');
  }
}
