import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Multi-actor assessments: regions' frames (every version kept), assessments with the frame they
 * started on and their synthesis, one invitation per invitee holding their view, and the addenda
 * that are the only change to a submitted view. Rows are never deleted.
 */
export class CreateAssessments1768000001000 implements MigrationInterface {
  name = 'CreateAssessments1768000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assessment_frame (
        frame_key   text NOT NULL,
        version     integer NOT NULL CHECK (version >= 1),
        region      text NOT NULL,
        definition  jsonb NOT NULL,
        created_at  timestamptz NOT NULL,
        created_by  text NOT NULL,
        CONSTRAINT assessment_frame_key_version PRIMARY KEY (frame_key, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE assessment (
        id                    uuid PRIMARY KEY,
        case_id               uuid NOT NULL,
        kind                  text NOT NULL CHECK (kind IN ('service-needs', 'reassessment')),
        frame_key             text NOT NULL,
        frame_version         integer NOT NULL,
        frame                 jsonb NOT NULL,
        lead_user_id          text NOT NULL,
        lead_name             text NOT NULL,
        blind_until_submitted boolean NOT NULL,
        status                text NOT NULL CHECK (status IN ('open', 'completed')),
        started_at            timestamptz NOT NULL,
        completed_at          timestamptz,
        synthesis             jsonb,
        synthesis_version     integer NOT NULL DEFAULT 0,
        CHECK ((status = 'completed') = (completed_at IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX assessment_by_case ON assessment (case_id, started_at)');
    await queryRunner.query("CREATE INDEX assessment_open_by_lead ON assessment (lead_user_id) WHERE status = 'open'");
    await queryRunner.query(`
      CREATE TABLE assessment_invitation (
        id                       uuid PRIMARY KEY,
        assessment_id            uuid NOT NULL REFERENCES assessment (id),
        case_id                  uuid NOT NULL,
        user_id                  text NOT NULL,
        display_name             text NOT NULL,
        agency                   text NOT NULL,
        participant_kind         text NOT NULL,
        role_in_case             text NOT NULL,
        information_class        text NOT NULL CHECK (information_class IN ('child-protection', 'health', 'school', 'shared-plan')),
        due_on                   date NOT NULL,
        invited_at               timestamptz NOT NULL,
        answers                  jsonb,
        version                  integer NOT NULL DEFAULT 0,
        saved_at                 timestamptz,
        submitted_at             timestamptz,
        recorded_by_user_id      text,
        recorded_by_name         text,
        recorded_how             text,
        safety_concern_raised_at timestamptz,
        CONSTRAINT assessment_invitation_one_per_user UNIQUE (assessment_id, user_id),
        CHECK (submitted_at IS NULL OR answers IS NOT NULL),
        CHECK ((recorded_by_user_id IS NULL) = (recorded_how IS NULL))
      )`);
    await queryRunner.query('CREATE INDEX assessment_invitation_by_user ON assessment_invitation (user_id, due_on)');
    await queryRunner.query(`
      CREATE TABLE assessment_addendum (
        id               uuid PRIMARY KEY,
        invitation_id    uuid NOT NULL REFERENCES assessment_invitation (id),
        text             text NOT NULL,
        added_at         timestamptz NOT NULL,
        added_by_user_id text NOT NULL,
        added_by_name    text NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX assessment_addendum_by_invitation ON assessment_addendum (invitation_id, added_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE assessment_addendum, assessment_invitation, assessment, assessment_frame');
  }
}
