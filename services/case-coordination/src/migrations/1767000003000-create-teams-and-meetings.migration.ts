import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Systemic teams and their weekly meetings: the agenda of the team's cases, the hypotheses,
 * reflections and decisions recorded per case, the task each decision becomes, and the amendments
 * that are the only way finalised minutes change.
 */
export class CreateTeamsAndMeetings1767000003000 implements MigrationInterface {
  name = 'CreateTeamsAndMeetings1767000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE systemic_team (
        id              uuid PRIMARY KEY,
        name            text NOT NULL,
        created_at      timestamptz NOT NULL,
        created_by_id   text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE systemic_team_member (
        member_id     uuid PRIMARY KEY,
        team_id       uuid NOT NULL REFERENCES systemic_team (id),
        user_id       text NOT NULL,
        display_name  text NOT NULL,
        team_role     text NOT NULL CHECK (team_role IN ('social-worker', 'clinician', 'coordinator')),
        joined_at     timestamptz NOT NULL,
        removed_at    timestamptz
      )`);
    await queryRunner.query(
      'CREATE UNIQUE INDEX systemic_team_one_active_per_user ON systemic_team_member (team_id, user_id) WHERE removed_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX systemic_team_member_by_user ON systemic_team_member (user_id) WHERE removed_at IS NULL',
    );
    await queryRunner.query(`
      CREATE TABLE team_meeting (
        id                  uuid PRIMARY KEY,
        team_id             uuid NOT NULL REFERENCES systemic_team (id),
        held_on             date NOT NULL,
        status              text NOT NULL CHECK (status IN ('scheduled', 'finalised')),
        scheduled_by_id     text NOT NULL,
        scheduled_at        timestamptz NOT NULL,
        finalised_by_id     text,
        finalised_by_name   text,
        finalised_at        timestamptz,
        UNIQUE (team_id, held_on)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_agenda_item (
        meeting_id  uuid NOT NULL REFERENCES team_meeting (id),
        case_id     uuid NOT NULL REFERENCES child_case (id),
        position    int NOT NULL,
        PRIMARY KEY (meeting_id, case_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_note (
        id                uuid PRIMARY KEY,
        meeting_id        uuid NOT NULL,
        case_id           uuid NOT NULL,
        kind              text NOT NULL CHECK (kind IN ('hypothesis', 'reflection')),
        text              text NOT NULL,
        author_id         text NOT NULL,
        author_name       text NOT NULL,
        author_team_role  text NOT NULL,
        recorded_by_id    text NOT NULL,
        recorded_at       timestamptz NOT NULL,
        edited_at         timestamptz,
        FOREIGN KEY (meeting_id, case_id) REFERENCES meeting_agenda_item (meeting_id, case_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_decision (
        id              uuid PRIMARY KEY,
        meeting_id      uuid NOT NULL,
        case_id         uuid NOT NULL,
        text            text NOT NULL,
        recorded_by_id  text NOT NULL,
        recorded_at     timestamptz NOT NULL,
        edited_at       timestamptz,
        FOREIGN KEY (meeting_id, case_id) REFERENCES meeting_agenda_item (meeting_id, case_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE meeting_task (
        id                 uuid PRIMARY KEY,
        decision_id        uuid NOT NULL UNIQUE REFERENCES meeting_decision (id),
        meeting_id         uuid NOT NULL REFERENCES team_meeting (id),
        case_id            uuid NOT NULL REFERENCES child_case (id),
        owner_id           text NOT NULL,
        owner_name         text NOT NULL,
        due_on             date NOT NULL,
        status             text NOT NULL CHECK (status IN ('open', 'done', 'cancelled')),
        status_changed_at  timestamptz NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX meeting_task_by_owner ON meeting_task (owner_id, status, due_on)');
    await queryRunner.query(`
      CREATE TABLE meeting_amendment (
        id                uuid PRIMARY KEY,
        meeting_id        uuid NOT NULL REFERENCES team_meeting (id),
        case_ids          uuid[] NOT NULL CHECK (cardinality(case_ids) > 0),
        text              text NOT NULL,
        author_id         text NOT NULL,
        author_name       text NOT NULL,
        author_team_role  text NOT NULL,
        amended_at        timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'meeting_amendment',
      'meeting_task',
      'meeting_decision',
      'meeting_note',
      'meeting_agenda_item',
      'team_meeting',
      'systemic_team_member',
      'systemic_team',
    ]) {
      await queryRunner.query(`DROP TABLE ${table}`);
    }
  }
}
