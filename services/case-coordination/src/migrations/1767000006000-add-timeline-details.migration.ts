import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each timeline entry's details as data (timeline-details.ts), which the reader's app words in the
 * reader's language; null on entries written before, which keep their English summary.
 */
export class AddTimelineDetails1767000006000 implements MigrationInterface {
  name = 'AddTimelineDetails1767000006000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE case_timeline_entry ADD COLUMN details jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE case_timeline_entry DROP COLUMN details');
  }
}
