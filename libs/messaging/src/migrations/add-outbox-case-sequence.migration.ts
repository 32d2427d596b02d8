import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One counter per case and topic, so that the events of a case leave in the order their writers
 * committed, whoever writes them. `EventPublisher.append` takes the case's next number with an
 * upsert whose row lock holds until the writer commits: a second writer of the same case waits
 * there, and so gets both the next number and a later outbox `seq`. A writer that rolls back gives
 * its number back. Events appended before this migration carry no sequence.
 */
export class AddOutboxCaseSequence1767000000010 implements MigrationInterface {
  name = 'AddOutboxCaseSequence1767000000010';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_case_sequence (
        topic         text NOT NULL,
        case_id       text NOT NULL,
        last_sequence bigint NOT NULL,
        PRIMARY KEY (topic, case_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE outbox_case_sequence');
  }
}
