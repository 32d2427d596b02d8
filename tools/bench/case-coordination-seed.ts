import type pg from 'pg';

/**
 * The data `npm run bench:cases` reads: BENCH_CASES cases spread evenly over BENCH_WORKERS
 * responsible workers (nine in ten of them open, so the bench checks that a worker's open cases stay
 * within the statutory caseload limit, as they must in a real municipality), one of them the real demo worker (sari.virtanen), each case with its
 * responsible worker on the care team, one or two statutory deadlines and BENCH_TIMELINE_PER_CASE
 * timeline entries of mixed information classes. Written with a few INSERT … SELECT generate_series
 * statements in one transaction, and recorded in `bench_seed` (a table of the benchmark's own), so a
 * rerun with the same spec finds it and skips the work.
 */
export interface SeedSpec {
  version: number;
  cases: number;
  workers: number;
  timelinePerCase: number;
  worker: { userId: string; displayName: string };
}

export interface SeedSummary {
  seededThisRun: boolean;
  seconds: number;
  cases: number;
  workers: number;
  careTeamMembers: number;
  deadlines: number;
  timelineEntries: number;
  benchWorkerCases: number;
}

/** Open cases a worker has in the seed: cases are dealt out in turn and one in ten is closed. */
export function openCasesPerWorker(cases: number, workers: number): number {
  return (cases / workers) * 0.9;
}

/**
 * A stable UUID from a text: its md5 with the version (4) and variant (8) nibbles set, so that it
 * passes the service's strict UUID check the way a real id does.
 */
const uuidOf = (text: string) => `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;

/** The worker ids of the synthetic workers; index 0 is the real demo worker. */
const WORKER_ID = `CASE WHEN s.w = 0 THEN $1 ELSE ${uuidOf("'bench-worker-' || s.w")}::text END`;
const WORKER_NAME = `CASE WHEN s.w = 0 THEN $2 ELSE 'Bench Worker ' || lpad(s.w::text, 3, '0') END`;

/**
 * One row per case number i: its worker w (i mod workers) and its rank k among that worker's cases,
 * which picks its status and deadlines so that every worker gets the same mix.
 */
const caseNumbers = (cases: string, workers: string) => `
  SELECT i, i % ${workers} AS w, i / ${workers} AS k, ${uuidOf("'bench-case-' || i")} AS id,
         date_trunc('hour', now()) - (((i / ${workers}) * 3 + i % 3 + 1) * interval '1 day') AS received,
         DATE '2009-01-01' + (i % 4380) AS dob
  FROM generate_series(0, ${cases} - 1) AS i`;

const FIRST_NAMES = [
  'Aino',
  'Eetu',
  'Helmi',
  'Onni',
  'Venla',
  'Leevi',
  'Siiri',
  'Elias',
  'Iida',
  'Veeti',
  'Lilja',
  'Niilo',
  'Pihla',
  'Oliver',
  'Enni',
  'Toivo',
];
const LAST_NAMES = [
  'Korhonen',
  'Virtanen',
  'Mäkinen',
  'Nieminen',
  'Mäkelä',
  'Hämäläinen',
  'Laine',
  'Heikkinen',
  'Koskinen',
  'Järvinen',
  'Lehtonen',
  'Saarinen',
  'Salminen',
];

const sqlArray = (values: readonly string[]) => `ARRAY[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ')}]`;

/**
 * The timeline entries after the first two (opened, responsible worker joined), in turn. Today's
 * event catalog carries child-protection and shared-plan information only; the health and school
 * entries stand for the assessment, plan and booking events to come, which the timeline will show.
 */
const TIMELINE_KINDS: ReadonlyArray<{ event: string; informationClass: string; agency: string; role: string; summary: string }> =
  [
    {
      event: 'CareTeamMemberAdded.v1',
      informationClass: 'shared-plan',
      agency: 'child-protection',
      role: 'cp-social-worker',
      summary: 'Anna Laine (school, class teacher) joined the care team',
    },
    {
      event: 'ConsentGiven.v1',
      informationClass: 'shared-plan',
      agency: 'child-protection',
      role: 'cp-social-worker',
      summary: 'Consent given by the guardian: health information to school until 2027-06-30',
    },
    {
      event: 'ServiceNeedsAssessmentDecided.v1',
      informationClass: 'child-protection',
      agency: 'child-protection',
      role: 'cp-social-worker',
      summary: 'Service-needs assessment started',
    },
    {
      event: 'AssessmentContributionSubmitted.v1',
      informationClass: 'health',
      agency: 'psychiatry',
      role: 'psychiatry-clinician',
      summary: 'Child psychiatry submitted its contribution to the assessment',
    },
    {
      event: 'MeetingMinutesFinalised.v1',
      informationClass: 'child-protection',
      agency: 'child-protection',
      role: 'team-coordinator',
      summary: 'Systemic team meeting: 2 decision(s)',
    },
    {
      event: 'SchoolObservationRecorded.v1',
      informationClass: 'school',
      agency: 'school',
      role: 'teacher',
      summary: 'The class teacher recorded an observation on attendance and wellbeing',
    },
    {
      event: 'ClientPlanGoalUpdated.v1',
      informationClass: 'shared-plan',
      agency: 'child-protection',
      role: 'cp-social-worker',
      summary: 'A goal of the client plan was updated',
    },
    {
      event: 'ConsultationBooked.v1',
      informationClass: 'health',
      agency: 'psychiatry',
      role: 'liaison-nurse',
      summary: 'A consultation with the liaison nurse was booked',
    },
    {
      event: 'DeadlineOverdue.v1',
      informationClass: 'child-protection',
      agency: 'system',
      role: 'system',
      summary: 'Deadline passed: service needs assessment',
    },
    {
      event: 'SupportPlanNoteAdded.v1',
      informationClass: 'school',
      agency: 'school',
      role: 'special-needs-teacher',
      summary: 'The special-needs teacher added a note on learning support',
    },
  ];

const timelineKindsValues = TIMELINE_KINDS.map(
  (kind, index) =>
    `(${index}, '${kind.event}', '${kind.informationClass}', '${kind.agency}', '${kind.role}', '${kind.summary.replace(/'/g, "''")}')`,
).join(',\n    ');

/** Seeds the database unless `bench_seed` says it holds this spec already. */
export async function ensureSeed(client: pg.Client, spec: SeedSpec, progress: (line: string) => void): Promise<SeedSummary> {
  const started = performance.now();
  await client.query(
    'CREATE TABLE IF NOT EXISTS bench_seed (name text PRIMARY KEY, spec jsonb NOT NULL, seeded_at timestamptz NOT NULL)',
  );
  const marker = await client.query<{ same: boolean }>(
    "SELECT spec = $1::jsonb AS same FROM bench_seed WHERE name = 'case-coordination'",
    [JSON.stringify(spec)],
  );
  const seededCases = async () =>
    Number(
      (await client.query<{ n: string }>("SELECT count(*) AS n FROM child_case WHERE notifier_name LIKE 'Notifier %'")).rows[0]!
        .n,
    );
  const seeded = marker.rows[0]?.same === true && (await seededCases()) === spec.cases;
  if (!seeded) {
    progress(`seeding ${spec.cases} cases, ${spec.cases * spec.timelinePerCase} timeline entries`);
    await client.query('BEGIN');
    try {
      await client.query('SET LOCAL synchronous_commit = off');
      await client.query("DELETE FROM bench_seed WHERE name = 'case-coordination'");
      // A different spec (or a half-finished earlier try, which rolled back) starts from empty tables.
      await client.query('TRUNCATE case_timeline_entry, case_deadline, case_care_team_member, case_consent, child_case CASCADE');
      const parameters = [spec.worker.userId, spec.worker.displayName, spec.cases, spec.workers];
      await client.query(
        `INSERT INTO child_case (id, origin, received_at, language, responsible_worker_id, responsible_worker_name, status, opened_at,
           child_name, child_date_of_birth, personal_identity_code, guardians, notifier_channel, notifier_name, notification_content,
           closed_at, status_reason)
         SELECT s.id,
           (ARRAY['child-welfare-notification', 'consultation-referral', 'application'])[1 + s.i % 3],
           s.received,
           CASE WHEN s.i % 10 = 3 THEN 'sv' ELSE 'fi' END,
           ${WORKER_ID}, ${WORKER_NAME},
           CASE WHEN s.k % 10 = 9 THEN 'closed' ELSE 'open' END,
           s.received + interval '2 hours',
           (${sqlArray(FIRST_NAMES)})[1 + s.i % ${FIRST_NAMES.length}] || ' ' || (${sqlArray(LAST_NAMES)})[1 + (s.i / 7) % ${LAST_NAMES.length}],
           s.dob,
           -- DDMMYY A NNN Q: individual numbers 2–499 are the seed's, 500–899 the load run's.
           to_char(s.dob, 'DDMMYY') || 'A' || lpad((2 + s.i / 4380)::text, 3, '0')
             || substr('0123456789ABCDEFHJKLMNPRSTUVWXY', ((to_char(s.dob, 'DDMMYY') || lpad((2 + s.i / 4380)::text, 3, '0'))::bigint % 31)::int + 1, 1),
           jsonb_build_array(jsonb_build_object('name', 'Guardian of case ' || s.i, 'userId', NULL)),
           (ARRAY['school', 'health-care', 'police', 'early-childhood-education', 'family'])[1 + s.i % 5],
           'Notifier ' || s.i,
           'Concern about the child''s wellbeing, reported by the notifier (case ' || s.i || ').',
           CASE WHEN s.k % 10 = 9 THEN s.received + interval '30 days' END,
           CASE WHEN s.k % 10 = 9 THEN 'services no longer needed' END
         FROM (${caseNumbers('$3::int', '$4::int')}) AS s`,
        parameters,
      );
      await client.query(
        `INSERT INTO case_care_team_member (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since)
         SELECT ${uuidOf("'bench-member-' || s.i")}, s.id, ${WORKER_ID}, ${WORKER_NAME}, 'child-protection', 'professional',
                'responsible social worker', (s.received AT TIME ZONE 'Europe/Helsinki')::date
         FROM (${caseNumbers('$3::int', '$4::int')}) AS s`,
        parameters,
      );
      // The start decision (met on three cases in four), and on half of the cases the assessment it
      // started (not yet met). Deadlines already past are marked raised, as the watcher would have
      // done, so it finds no backlog of seeded deadlines to raise during the measurement.
      await client.query(
        `INSERT INTO case_deadline (id, case_id, kind, due_on, met_at, overdue_raised_at)
         SELECT ${uuidOf("'bench-deadline-' || d.kind || s.i")}, s.id, d.kind, d.due_on, d.met_at,
                CASE WHEN d.met_at IS NULL AND d.due_on < current_date THEN d.due_on + interval '1 day' END
         FROM (${caseNumbers('$1::int', '$2::int')}) AS s
         CROSS JOIN LATERAL (
           SELECT 'assessment-start-decision' AS kind, (s.received AT TIME ZONE 'Europe/Helsinki')::date + 9 AS due_on,
                  CASE WHEN s.k % 4 = 0 THEN NULL ELSE s.received + interval '5 days' END AS met_at
           UNION ALL
           SELECT 'service-needs-assessment', ((s.received AT TIME ZONE 'Europe/Helsinki')::date + interval '3 months')::date, NULL
           WHERE s.k % 4 IN (1, 2)
         ) AS d`,
        [spec.cases, spec.workers],
      );
      progress('seeding the timeline');
      await client.query(
        `INSERT INTO case_timeline_entry (event_id, case_id, occurred_at, event_name, information_class, actor, summary)
         SELECT gen_random_uuid(), c.id,
                c.received_at + (n.n + 1) * ((now() - c.received_at) / ($1::int + 1)),
                CASE n.n WHEN 0 THEN 'CaseOpened.v1' WHEN 1 THEN 'CareTeamMemberAdded.v1' ELSE e.event END,
                CASE n.n WHEN 0 THEN 'child-protection' WHEN 1 THEN 'shared-plan' ELSE e.information_class END,
                CASE WHEN n.n < 2 OR e.agency = 'child-protection'
                  THEN jsonb_build_object('userId', c.responsible_worker_id, 'agency', 'child-protection', 'role', 'cp-social-worker')
                  ELSE jsonb_build_object('userId', 'bench-' || e.role, 'agency', e.agency, 'role', e.role) END,
                CASE n.n
                  WHEN 0 THEN 'Case opened (' || replace(c.origin, '-', ' ') || '); responsible social worker ' || c.responsible_worker_name
                  WHEN 1 THEN c.responsible_worker_name || ' (child-protection, responsible social worker) joined the care team'
                  ELSE e.summary END
         FROM child_case c
         CROSS JOIN generate_series(0, $1::int - 1) AS n(n)
         JOIN (VALUES
    ${timelineKindsValues}
         ) AS e(slot, event, information_class, agency, role, summary)
           ON e.slot = (n.n + abs(hashtext(c.id::text))) % ${TIMELINE_KINDS.length}`,
        [spec.timelinePerCase],
      );
      await client.query("INSERT INTO bench_seed (name, spec, seeded_at) VALUES ('case-coordination', $1, now())", [
        JSON.stringify(spec),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    progress('vacuum analyze');
    await client.query('VACUUM (ANALYZE) child_case, case_care_team_member, case_deadline, case_timeline_entry');
  }
  // What the seed wrote.
  const counts = await client.query<Record<string, string>>(
    `WITH seeded AS (SELECT id, responsible_worker_id FROM child_case WHERE notifier_name LIKE 'Notifier %')
     SELECT (SELECT count(*) FROM seeded) AS cases,
            (SELECT count(DISTINCT responsible_worker_id) FROM seeded) AS workers,
            (SELECT count(*) FROM case_care_team_member m WHERE m.case_id IN (SELECT id FROM seeded)) AS care_team_members,
            (SELECT count(*) FROM case_deadline d WHERE d.case_id IN (SELECT id FROM seeded)) AS deadlines,
            (SELECT count(*) FROM case_timeline_entry t WHERE t.case_id IN (SELECT id FROM seeded)) AS timeline_entries,
            (SELECT count(*) FROM seeded WHERE responsible_worker_id = $1) AS worker_cases`,
    [spec.worker.userId],
  );
  const row = counts.rows[0]!;
  return {
    seededThisRun: !seeded,
    seconds: Number(((performance.now() - started) / 1_000).toFixed(1)),
    cases: Number(row.cases),
    workers: Number(row.workers),
    careTeamMembers: Number(row.care_team_members),
    deadlines: Number(row.deadlines),
    timelineEntries: Number(row.timeline_entries),
    benchWorkerCases: Number(row.worker_cases),
  };
}

/**
 * Removes the cases a load run opened (marked by their notifier name) with their care team,
 * deadlines and timeline, and timeline entries of cases this database does not hold (events of other
 * services' cases that the timeline projection took from the shared topics), then vacuums, so the
 * next scenario and the next run find the tables, their indexes and their statistics as seeded.
 * Their audit records and outbox rows stay: both tables are append-only by design.
 */
export async function removeOpenedCases(client: pg.Client, marker: string): Promise<number> {
  await client.query('BEGIN');
  let removed: number;
  try {
    const opened = 'SELECT id FROM child_case WHERE notifier_name = $1';
    await client.query(`DELETE FROM case_deadline WHERE case_id IN (${opened})`, [marker]);
    await client.query(`DELETE FROM case_care_team_member WHERE case_id IN (${opened})`, [marker]);
    await client.query(`DELETE FROM case_timeline_entry WHERE case_id IN (${opened})`, [marker]);
    removed = (await client.query('DELETE FROM child_case WHERE notifier_name = $1', [marker])).rowCount ?? 0;
    await client.query('DELETE FROM case_timeline_entry t WHERE NOT EXISTS (SELECT 1 FROM child_case c WHERE c.id = t.case_id)');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  await client.query('VACUUM (ANALYZE) child_case, case_care_team_member, case_deadline, case_timeline_entry');
  return removed;
}
