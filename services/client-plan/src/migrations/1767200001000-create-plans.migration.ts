import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The client plan: one per case; its versions (at most one open, draft or signing, and one in force at
 * a time); every revision of a version; each sign-off round's parties and their answers (once per
 * person per round); the responsible agencies' updates of actions.
 */
export class CreatePlans1767200001000 implements MigrationInterface {
  name = 'CreatePlans1767200001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE plan (
        plan_id             uuid PRIMARY KEY,
        case_id             uuid NOT NULL,
        child_date_of_birth date NULL,
        created_at          timestamptz NOT NULL,
        created_by          text NOT NULL,
        CONSTRAINT plan_one_per_case UNIQUE (case_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE plan_version (
        plan_id             uuid NOT NULL REFERENCES plan (plan_id),
        version             int NOT NULL CHECK (version >= 1),
        status              text NOT NULL CHECK (status IN ('draft', 'signing', 'in-force', 'superseded')),
        revision            int NOT NULL CHECK (revision >= 1),
        content             jsonb NOT NULL,
        content_hash        text NOT NULL,
        round               int NOT NULL DEFAULT 0,
        round_expires_at    timestamptz NULL,
        round_ordered       boolean NOT NULL DEFAULT false,
        signed_off_at       timestamptz NULL,
        signed_content_hash text NULL,
        PRIMARY KEY (plan_id, version)
      )`);
    await queryRunner.query(
      "CREATE UNIQUE INDEX plan_version_one_open ON plan_version (plan_id) WHERE status IN ('draft', 'signing')",
    );
    await queryRunner.query("CREATE UNIQUE INDEX plan_version_one_in_force ON plan_version (plan_id) WHERE status = 'in-force'");
    await queryRunner.query(`
      CREATE TABLE plan_revision (
        plan_id        uuid NOT NULL,
        version        int NOT NULL,
        revision       int NOT NULL,
        content        jsonb NOT NULL,
        content_hash   text NOT NULL,
        substantive    boolean NOT NULL,
        author_user_id text NOT NULL,
        author_name    text NOT NULL,
        saved_at       timestamptz NOT NULL,
        PRIMARY KEY (plan_id, version, revision),
        FOREIGN KEY (plan_id, version) REFERENCES plan_version (plan_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE plan_signatory (
        plan_id      uuid NOT NULL,
        version      int NOT NULL,
        round        int NOT NULL,
        user_id      text NOT NULL,
        display_name text NOT NULL,
        agency       text NOT NULL,
        part         text NOT NULL CHECK (part IN ('signs', 'comments')),
        ground       text NOT NULL,
        position     int NOT NULL,
        PRIMARY KEY (plan_id, version, round, user_id),
        FOREIGN KEY (plan_id, version) REFERENCES plan_version (plan_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE plan_signature (
        signature_id uuid PRIMARY KEY,
        plan_id      uuid NOT NULL,
        version      int NOT NULL,
        round        int NOT NULL,
        user_id      text NOT NULL,
        display_name text NOT NULL,
        agency       text NOT NULL,
        decision     text NOT NULL CHECK (decision IN ('signed', 'commented', 'declined')),
        content_hash text NOT NULL,
        remark       text NULL,
        signed_at    timestamptz NOT NULL,
        CONSTRAINT plan_signature_once_per_round UNIQUE (plan_id, version, round, user_id),
        FOREIGN KEY (plan_id, version) REFERENCES plan_version (plan_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE plan_action_update (
        update_id  uuid PRIMARY KEY,
        plan_id    uuid NOT NULL REFERENCES plan (plan_id),
        action_id  text NOT NULL,
        status     text NOT NULL CHECK (status IN ('planned', 'ongoing', 'done', 'cancelled')),
        note       text NULL,
        by_user_id text NOT NULL,
        by_name    text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX plan_action_update_latest ON plan_action_update (plan_id, action_id, updated_at DESC)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE plan_action_update, plan_signature, plan_signatory, plan_revision, plan_version, plan');
  }
}
