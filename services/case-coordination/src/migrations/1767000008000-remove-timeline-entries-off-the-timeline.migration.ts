import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Takes off the timeline what never belonged on it, as the projection now leaves it off: entries of no
 * case this service holds (an anonymous consultation's events, keyed by the consultation and not by a
 * case), and the notices that a service's reads now follow a consent (a hint for live views to read
 * again; the consent itself stays on the timeline). Nothing is lost: neither was shown on any case.
 * The notices are those the event catalog marked `readAgain` when this ran; the projection asks the catalog.
 */
export class RemoveTimelineEntriesOffTheTimeline1767000008000 implements MigrationInterface {
  name = 'RemoveTimelineEntriesOffTheTimeline1767000008000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'DELETE FROM case_timeline_entry entry WHERE NOT EXISTS (SELECT 1 FROM child_case c WHERE c.id = entry.case_id)',
    );
    await queryRunner.query(
      "DELETE FROM case_timeline_entry WHERE event_name LIKE 'AssessmentVisibilityChanged.v%' OR event_name LIKE 'PlanVisibilityChanged.v%'",
    );
  }

  /** The removed entries are not put back: the projection would leave them off again. */
  async down(): Promise<void> {}
}
