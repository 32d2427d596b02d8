import { migrateDatabase } from '@yhdessa/runtime';
import { testServers, testServiceEnv } from '@yhdessa/testing';
import pg from 'pg';
import { loadAssessmentConfig } from '../../services/assessment/src/assessment.config.js';
import { defaultFrame } from '../../services/assessment/src/frame/frame.domain.js';
import { assessmentMigrations } from '../../services/assessment/src/migrations/index.js';

/** Raised whenever what the seed writes changes, so that a database seeded before is seeded again. */
const SEED_VERSION = 1;

/** Which seed of case-coordination's the projections were copied from: a new seed there (new case ids) means seeding again here. */
async function casesSeedOf(database: string): Promise<string> {
  const cases = new pg.Client({ ...testServers().pg, database, application_name: 'bench-assessment-seed' });
  await cases.connect();
  try {
    const { rows } = await cases.query<{ seed: string }>(
      "SELECT md5(string_agg(id::text, ',' ORDER BY id)) AS seed FROM child_case",
    );
    return rows[0]!.seed;
  } finally {
    await cases.end();
  }
}

const activeCases = async (db: pg.Client, userId: string): Promise<string[]> =>
  (
    await db.query<{ case_id: string }>(
      'SELECT DISTINCT case_id FROM care_team_member WHERE user_id = $1 AND removed_at IS NULL ORDER BY case_id',
      [userId],
    )
  ).rows.map((row) => row.case_id);

export interface AssessmentSeedOptions {
  /** BENCH_ASSESSMENT_DB (yhdessa_bench_assessment): the assessment database to fill. */
  database: string;
  /** The case-coordination database holding the 10,000-case seed (`npm run seed:cases`), read for its care teams and consents. */
  casesDatabase: string;
  /** The lead of the matrix assessments (a demo social worker on some seeded care teams) and the one who submits. */
  leadUserId: string;
  submitterUserId: string;
  /** Invitations with a saved draft left to submit. */
  submissions: number;
  /** Actors per matrix assessment and characters per text field of their answers. */
  actors: number;
  textLength: number;
}

export interface AssessmentSeed {
  matrices: Array<{ caseId: string; assessmentId: string }>;
  submissions: Array<{ caseId: string; assessmentId: string }>;
  summary: Record<string, number>;
}

const AGENCIES: Array<[string, string, string]> = [
  ['school', 'professional', 'teacher'],
  ['psychiatry', 'professional', 'psychiatry nurse'],
  ['child-protection', 'professional', 'family worker'],
  ['family', 'guardian', 'guardian'],
  ['family', 'foster-carer', 'foster carer'],
];
const CLASS_OF: Record<string, string> = {
  school: 'school',
  psychiatry: 'health',
  'child-protection': 'child-protection',
  family: 'shared-plan',
};
const WORDS = 'iltaisin koulussa väsynyt rauhallinen harrastus kaverit uni ruoka turvallinen huoli vahvuus toive'.split(' ');
const text = (length: number, seed: number) => {
  let out = '';
  for (let i = seed; out.length < length; i += 7) out += `${WORDS[i % WORDS.length]} `;
  return out.slice(0, length);
};
const answers = (actor: number, textLength: number) => ({
  frameVersion: defaultFrame.version,
  domains: Object.fromEntries(
    defaultFrame.domains.map((domain, index) => [
      domain.key,
      {
        score: ((actor * 3 + index) % 5) + 1,
        strengths: text(textLength, actor + index),
        concerns: text(textLength, actor + index + 1),
        text: text(textLength, actor + index + 2),
      },
    ]),
  ),
  betterIf: text(textLength, actor),
});

/**
 * The assessment service's database on the 10,000-case seed: every case's care team and consents as
 * its projections hold them (copied from case-coordination's seed), one completed assessment per case
 * with a view from each member, `actors`-actor assessments with long texts on the cases the lead is on,
 * and `submissions` invitations of the submitter with a draft saved, on the cases they are on.
 * Written once; a later run finds it, and only puts the drafts back (a run submits them).
 */
export async function prepareAssessmentSeed(
  options: AssessmentSeedOptions,
  progress: (line: string) => void,
): Promise<AssessmentSeed> {
  const servers = testServers();
  await migrateDatabase(
    loadAssessmentConfig(testServiceEnv({ ASSESSMENT_DB: options.database })),
    options.database,
    assessmentMigrations,
  );
  const db = new pg.Client({ ...servers.pg, database: options.database, application_name: 'bench-assessment-seed' });
  await db.connect();
  try {
    await db.query('CREATE TABLE IF NOT EXISTS bench_seed (version integer NOT NULL)');
    await db.query('ALTER TABLE bench_seed ADD COLUMN IF NOT EXISTS cases_seed text');
    const casesSeed = await casesSeedOf(options.casesDatabase);
    const { rows } = await db.query<{ version: number; cases_seed: string | null }>('SELECT version, cases_seed FROM bench_seed');
    if (rows[0]?.version !== SEED_VERSION || rows[0]?.cases_seed !== casesSeed) await seed(db, options, casesSeed, progress);
    else progress('assessment seed found');
    await topUpSubmissions(db, options, progress);
    await db.query(
      `UPDATE assessment_invitation SET submitted_at = NULL, version = 1
       WHERE user_id = $1 AND assessment_id IN (SELECT id FROM assessment WHERE lead_name = 'Bench submissions')`,
      [options.submitterUserId],
    );
    const matrices = await db.query<{ caseId: string; assessmentId: string }>(
      `SELECT case_id AS "caseId", id AS "assessmentId" FROM assessment WHERE lead_name = 'Bench matrix' ORDER BY id`,
    );
    const submissions = await db.query<{ caseId: string; assessmentId: string }>(
      `SELECT case_id AS "caseId", id AS "assessmentId" FROM assessment WHERE lead_name = 'Bench submissions' ORDER BY id`,
    );
    const counts = await db.query<Record<string, string>>(
      `SELECT (SELECT count(DISTINCT case_id) FROM care_team_member) AS cases, (SELECT count(*) FROM care_team_member) AS members,
              (SELECT count(*) FROM consent) AS consents, (SELECT count(*) FROM assessment) AS assessments,
              (SELECT count(*) FROM assessment_invitation) AS invitations`,
    );
    return {
      matrices: matrices.rows,
      submissions: submissions.rows,
      summary: Object.fromEntries(Object.entries(counts.rows[0]!).map(([key, value]) => [key, Number(value)])),
    };
  } finally {
    await db.end();
  }
}

async function seed(
  db: pg.Client,
  options: AssessmentSeedOptions,
  casesSeed: string,
  progress: (line: string) => void,
): Promise<void> {
  const servers = testServers();
  const cases = new pg.Client({ ...servers.pg, database: options.casesDatabase, application_name: 'bench-assessment-seed' });
  await cases.connect();
  progress(`seeding ${options.database} from ${options.casesDatabase}`);
  await db.query('BEGIN');
  await db.query('TRUNCATE assessment_addendum, assessment_invitation, assessment, care_team_member, consent, bench_seed');
  const members = await cases.query(
    `SELECT member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case,
            to_char(since, 'YYYY-MM-DD') AS since, to_char(until, 'YYYY-MM-DD') AS until, removed_at
     FROM case_care_team_member`,
  );
  if (members.rows.length === 0)
    throw new Error(`${options.casesDatabase} holds no care teams: run \`npm run seed:cases\` first`);
  const column = (name: string) => members.rows.map((row) => row[name]);
  await db.query(
    `INSERT INTO care_team_member (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since, until, removed_at, last_event_id)
     SELECT *, gen_random_uuid() FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::date[], $10::timestamptz[])`,
    [
      'member_id',
      'case_id',
      'user_id',
      'display_name',
      'agency',
      'participant_kind',
      'role_in_case',
      'since',
      'until',
      'removed_at',
    ].map(column),
  );
  const consents = await cases.query(
    `SELECT consent_id, case_id, information_class, to_agency, to_char(valid_from, 'YYYY-MM-DD') AS valid_from,
            to_char(valid_until, 'YYYY-MM-DD') AS valid_until, withdrawn_at FROM case_consent`,
  );
  const consentColumn = (name: string) => consents.rows.map((row) => row[name]);
  await db.query(
    `INSERT INTO consent (consent_id, case_id, information_class, to_agency, valid_from, valid_until, withdrawn_at, last_event_id)
     SELECT *, gen_random_uuid() FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::date[], $6::date[], $7::timestamptz[])`,
    ['consent_id', 'case_id', 'information_class', 'to_agency', 'valid_from', 'valid_until', 'withdrawn_at'].map(consentColumn),
  );
  await cases.end();
  const frame = JSON.stringify(defaultFrame);
  const short = JSON.stringify(answers(0, 40));

  progress('one completed assessment per case, a view from each member');
  await db.query(
    `INSERT INTO assessment (id, case_id, kind, frame_key, frame_version, frame, lead_user_id, lead_name, blind_until_submitted,
                             status, started_at, completed_at)
     SELECT gen_random_uuid(), case_id, 'service-needs', $1, $2, $3::jsonb, 'bench-lead', 'Bench background', true,
            'completed', now() - interval '60 days', now() - interval '30 days'
     FROM (SELECT DISTINCT case_id FROM care_team_member) known`,
    [defaultFrame.key, defaultFrame.version, frame],
  );
  await db.query(
    `INSERT INTO assessment_invitation (id, assessment_id, case_id, user_id, display_name, agency, participant_kind, role_in_case,
                                        information_class, due_on, invited_at, answers, version, saved_at, submitted_at)
     SELECT gen_random_uuid(), a.id, a.case_id, m.user_id, m.display_name, m.agency, m.participant_kind, m.role_in_case,
            CASE m.agency WHEN 'school' THEN 'school' WHEN 'psychiatry' THEN 'health' WHEN 'child-protection' THEN 'child-protection'
                          ELSE 'shared-plan' END,
            current_date - 40, now() - interval '60 days', $1::jsonb, 2, now() - interval '45 days', now() - interval '45 days'
     FROM assessment a JOIN care_team_member m ON m.case_id = a.case_id WHERE a.lead_name = 'Bench background'`,
    [short],
  );

  const leadCases = await activeCases(db, options.leadUserId);
  progress(
    `${leadCases.length} assessments of ${options.actors} actors × ${defaultFrame.domains.length} domains, texts of ${options.textLength} characters`,
  );
  const views = Array.from({ length: options.actors }, (_, actor) => JSON.stringify(answers(actor, options.textLength)));
  for (const caseId of leadCases) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO assessment (id, case_id, kind, frame_key, frame_version, frame, lead_user_id, lead_name, blind_until_submitted, status, started_at)
       VALUES (gen_random_uuid(), $1, 'service-needs', $2, $3, $4::jsonb, $5, 'Bench matrix', true, 'open', now() - interval '20 days') RETURNING id`,
      [caseId, defaultFrame.key, defaultFrame.version, frame, options.leadUserId],
    );
    for (let actor = 0; actor < options.actors; actor += 1) {
      const [agency, kind, role] = AGENCIES[actor % AGENCIES.length]!;
      const userId = `bench-actor-${actor}`;
      await db.query(
        `INSERT INTO care_team_member (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since, last_event_id)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, current_date - 90, gen_random_uuid())`,
        [caseId, userId, `Bench Actor ${actor}`, agency, kind, role],
      );
      await db.query(
        `INSERT INTO assessment_invitation (id, assessment_id, case_id, user_id, display_name, agency, participant_kind, role_in_case,
                                            information_class, due_on, invited_at, answers, version, saved_at, submitted_at)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, current_date + 5, now() - interval '20 days', $9::jsonb, 2,
                 now() - interval '2 days', now() - interval '2 days')`,
        [rows[0]!.id, caseId, userId, `Bench Actor ${actor}`, agency, kind, role, CLASS_OF[agency], views[actor]],
      );
    }
  }

  await db.query('INSERT INTO bench_seed (version, cases_seed) VALUES ($1, $2)', [SEED_VERSION, casesSeed]);
  await db.query('COMMIT');
  await db.query('ANALYZE');
}

/** Drafts of the submitter's to submit, added until there are `options.submissions` of them (a run with more users needs more). */
async function topUpSubmissions(db: pg.Client, options: AssessmentSeedOptions, progress: (line: string) => void): Promise<void> {
  const { rows } = await db.query<{ n: string }>("SELECT count(*) AS n FROM assessment WHERE lead_name = 'Bench submissions'");
  const missing = options.submissions - Number(rows[0]!.n);
  if (missing <= 0) return;
  const submitterCases = await activeCases(db, options.submitterUserId);
  const perCase = Math.ceil(missing / Math.max(1, submitterCases.length));
  progress(`${perCase * submitterCases.length} more drafts to submit on ${submitterCases.length} cases`);
  const frame = JSON.stringify(defaultFrame);
  const draft = JSON.stringify(answers(7, 200));
  for (const caseId of submitterCases) {
    await db.query(
      `WITH opened AS (
         INSERT INTO assessment (id, case_id, kind, frame_key, frame_version, frame, lead_user_id, lead_name, blind_until_submitted, status, started_at)
         SELECT gen_random_uuid(), $1, 'reassessment', $2, $3, $4::jsonb, $5, 'Bench submissions', true, 'open', now() - interval '10 days'
         FROM generate_series(1, $6) RETURNING id)
       INSERT INTO assessment_invitation (id, assessment_id, case_id, user_id, display_name, agency, participant_kind, role_in_case,
                                          information_class, due_on, invited_at, answers, version, saved_at)
       SELECT gen_random_uuid(), opened.id, $1, $7, 'Bench submitter', 'school', 'professional', 'teacher', 'school',
              current_date + 5, now() - interval '10 days', $8::jsonb, 1, now() - interval '1 day'
       FROM opened`,
      [caseId, defaultFrame.key, defaultFrame.version, frame, options.leadUserId, perCase, options.submitterUserId, draft],
    );
  }
}
