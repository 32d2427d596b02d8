import { eventCatalog, type CaseStateV1, type Envelope, type EventName, type PayloadOf } from '@yhdessa/contracts';
import type pg from 'pg';
import { caseState, type ConsentRow, type MemberRow } from '../../services/case-coordination/src/case-state/case-state.domain.js';
import { timelineDetails } from '../../services/case-coordination/src/timeline/timeline-details.js';
import { timelineSummary } from '../../services/case-coordination/src/timeline/timeline-summary.js';

/**
 * The 10,000-case seed the benchmarks share (`npm run seed:cases`, `bench:cases`, `bench:case-page`):
 * SEED cases spread evenly over `workers` responsible workers (nine in ten of them open, so that a
 * worker's open cases stay within the statutory caseload limit, as they must in a real municipality),
 * each with its responsible worker on the care team and, across agencies, a class teacher on three
 * cases in four, a child psychiatry clinician on one in three and a liaison nurse on one in five; the
 * guardian's consents (health information to the school on two cases in three, school information to
 * psychiatry on every other, a withdrawn one on one in five); one or two statutory deadlines and
 * `timelinePerCase` timeline entries of mixed information classes. The first place of each pool is a
 * real demo user (sari.virtanen, anna.laine, hanna.makinen, pekka.nurmi), so a benchmark signs in as
 * them and reads cases they take part in.
 *
 * Written with a few INSERT … SELECT generate_series statements in one transaction (10,000 cases with
 * 50 entries each in well under a minute on 2 cores), and recorded in `bench_seed` (a table of the
 * benchmark's own), so a rerun with the same spec finds it and skips the work; a different spec
 * starts again from empty tables. Bulk SQL keeps what the service's own write path keeps:
 *   - every identity code valid (its check character) and one open case per child (unique codes);
 *   - the responsible worker on the case's care team from the day it opened, one active membership
 *     per person and case (each case's members are different people), agencies and participant kinds
 *     from the contracts' lists;
 *   - no worker past the statutory caseload limit (`openCasesPerWorker`, checked by the callers);
 *   - deadlines one per kind and case, the assessment's only where the start decision was made, past
 *     ones already marked raised (as the watcher would have done);
 *   - consents given by a guardian named on the case, recorded by its responsible worker, valid_until
 *     after valid_from, a withdrawal with who withdrew it and who recorded that;
 *   - timeline entries with unique event ids and each event's information class from the catalog.
 * It does not write what a write would also send: no events in the outbox (no CaseOpened, no
 * `case.state`), no audit records. Another service's benchmark that needs these cases' care teams and
 * consents feeds `CaseState.v1` records built from these tables to its projections (`caseStatesOf`,
 * with `projectionFeeder` of libs/testing) instead of through Kafka, which every test shares.
 */
export interface SeedSpec {
  version: number;
  cases: number;
  workers: number;
  timelinePerCase: number;
  /** The real demo users who take the first place of each pool. */
  people: SeedPeople;
}

export interface SeedPerson {
  userId: string;
  displayName: string;
}

export interface SeedPeople {
  worker: SeedPerson;
  teacher: SeedPerson;
  clinician: SeedPerson;
  nurse: SeedPerson;
}

/** The demo users of the seed, by role: the Keycloak usernames whose ids and names the seed needs. */
export const seedUsernames: Record<keyof SeedPeople, string> = {
  worker: 'sari.virtanen',
  teacher: 'anna.laine',
  clinician: 'hanna.makinen',
  nurse: 'pekka.nurmi',
};

export interface SeedSummary {
  seededThisRun: boolean;
  seconds: number;
  cases: number;
  workers: number;
  careTeamMembers: number;
  consents: number;
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
/** How many people each pool of the care teams' other agencies holds (the demo user is number 0). */
const POOLS = { teacher: 300, clinician: 100, nurse: 100 };

const caseNumbers = (cases: string, workers: string) => `
  SELECT i, i % ${workers} AS w, i / ${workers} AS k, ${uuidOf("'bench-case-' || i")} AS id,
         date_trunc('hour', now()) - (((i / ${workers}) * 3 + i % 3 + 1) * interval '1 day') AS received,
         date_trunc('hour', now()) - (((i / ${workers}) * 3 + i % 3 + 1) * interval '1 day') + interval '2 hours' AS opened,
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

/** A SQL string literal of a text the seed itself holds. */
const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`;
const sqlArray = (values: readonly string[]) => `ARRAY[${values.map(sqlText).join(', ')}]`;

/** An event of the catalog with a payload of its own shape, as the timeline projection would take it. */
type SampleEvent = { [N in EventName]: { event: N; agency: string; role: string; payload: PayloadOf<N> } }[EventName];

const SAMPLE_ID = '00000000-0000-4000-8000-000000000000';
const SAMPLE_INSTANT = '2026-10-06T10:00:00+03:00';

/**
 * The timeline entries after the first two (opened, responsible worker joined), in turn: events of the
 * catalog, as their people cause them (the assessment's, plan's and booking's events join them here
 * as they come into the catalog). Their summaries are made by the timeline projection's own code from
 * a payload of the event's shape (ids, dates and texts are samples; no client data is in any of them).
 */
const TIMELINE_KINDS: readonly SampleEvent[] = [
  {
    event: 'CareTeamMemberAdded.v1',
    agency: 'child-protection',
    role: 'cp-social-worker',
    payload: {
      memberId: SAMPLE_ID,
      userId: 'bench-teacher',
      displayName: 'Bench Teacher',
      agency: 'school',
      participantKind: 'professional',
      roleInCase: 'class teacher',
      since: '2026-10-01',
      until: null,
    },
  },
  {
    event: 'ConsentGiven.v1',
    agency: 'child-protection',
    role: 'cp-social-worker',
    payload: {
      consentId: SAMPLE_ID,
      givenBy: { role: 'guardian', userId: null },
      method: 'written',
      informationClass: 'health',
      toAgency: 'school',
      validFrom: '2026-10-01',
      validUntil: '2027-06-30',
      givenAt: SAMPLE_INSTANT,
    },
  },
  {
    event: 'ServiceNeedsAssessmentDecided.v1',
    agency: 'child-protection',
    role: 'cp-social-worker',
    payload: { decision: 'start', decidedAt: SAMPLE_INSTANT },
  },
  {
    event: 'MeetingMinutesFinalised.v1',
    agency: 'child-protection',
    role: 'team-coordinator',
    payload: {
      meetingId: SAMPLE_ID,
      teamId: SAMPLE_ID,
      heldOn: '2026-10-06',
      decisions: [1, 2].map(() => ({ decisionId: SAMPLE_ID, summary: 'A decision', taskOwnerId: null, dueOn: null })),
      finalisedAt: SAMPLE_INSTANT,
    },
  },
  {
    event: 'ConsentWithdrawn.v1',
    agency: 'child-protection',
    role: 'cp-social-worker',
    payload: { consentId: SAMPLE_ID, withdrawnBy: { role: 'guardian' }, withdrawnAt: SAMPLE_INSTANT },
  },
  {
    event: 'MeetingMinutesAmended.v1',
    agency: 'child-protection',
    role: 'team-coordinator',
    payload: { meetingId: SAMPLE_ID, amendmentId: SAMPLE_ID, text: 'An amendment', amendedAt: SAMPLE_INSTANT },
  },
  {
    event: 'DeadlineOverdue.v1',
    agency: 'system',
    role: 'system',
    payload: {
      deadlineId: SAMPLE_ID,
      kind: 'service-needs-assessment',
      dueOn: '2026-10-05',
      responsibleWorkerId: 'bench-worker',
    },
  },
  {
    event: 'PlanVersionSignedOff.v1',
    agency: 'child-protection',
    role: 'cp-social-worker',
    payload: { planId: SAMPLE_ID, version: 1, signedOffAt: SAMPLE_INSTANT },
  },
];

const timelineKindsValues = TIMELINE_KINDS.map((kind, index) => {
  const [type, version] = kind.event.split('.v');
  const envelope = { type, version: Number(version), payload: kind.payload } as Envelope;
  const summary = timelineSummary(kind.event, envelope);
  const details = JSON.stringify(timelineDetails(kind.event, envelope));
  return `(${index}, '${kind.event}', '${eventCatalog[kind.event].informationClass}', '${kind.agency}', '${kind.role}', ${sqlText(summary)}, ${sqlText(details)}::jsonb)`;
}).join(',\n    ');

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
      const parameters = [spec.people.worker.userId, spec.people.worker.displayName, spec.cases, spec.workers];
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
           s.opened,
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
      progress('seeding care teams across agencies and consents');
      const { teacher, clinician, nurse } = spec.people;
      // From the school, child psychiatry and its liaison nursing: a pool of people each, the demo
      // user first, who joined on the day the case was opened.
      await client.query(
        `INSERT INTO case_care_team_member (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since)
         SELECT ${uuidOf("'bench-member-' || p.pool || s.i")}, s.id,
                CASE WHEN p.n = 0 THEN p.demo_id ELSE ${uuidOf("'bench-' || p.pool || '-' || p.n")}::text END,
                CASE WHEN p.n = 0 THEN p.demo_name ELSE p.label || ' ' || lpad(p.n::text, 3, '0') END,
                p.agency, 'professional', p.role_in_case, (s.opened AT TIME ZONE 'Europe/Helsinki')::date
         FROM (${caseNumbers('$1::int', '$2::int')}) AS s
         CROSS JOIN LATERAL (
           SELECT 'teacher' AS pool, (s.i / 4) % ${POOLS.teacher} AS n, $3 AS demo_id, $4 AS demo_name, 'Bench Teacher' AS label,
                  'school' AS agency, 'class teacher' AS role_in_case
           WHERE s.i % 4 <> 3
           UNION ALL
           SELECT 'clinician', (s.i / 3) % ${POOLS.clinician}, $5, $6, 'Bench Clinician', 'psychiatry', 'child psychiatry clinician'
           WHERE s.i % 3 = 0
           UNION ALL
           SELECT 'nurse', (s.i / 5) % ${POOLS.nurse}, $7, $8, 'Bench Nurse', 'psychiatry', 'youth psychiatry liaison nurse'
           WHERE s.i % 5 = 0
         ) AS p`,
        [
          spec.cases,
          spec.workers,
          teacher.userId,
          teacher.displayName,
          clinician.userId,
          clinician.displayName,
          nurse.userId,
          nurse.displayName,
        ],
      );
      // The guardian's consents, given in writing the day after the case opened and recorded by the
      // responsible worker, for a year; the one to the school about child protection withdrawn again.
      await client.query(
        `INSERT INTO case_consent (consent_id, case_id, information_class, to_agency, valid_from, valid_until, given_by_name,
           given_by_role, given_by_user_id, method, given_at, recorded_by_user_id, recorded_by_name, withdrawn_at, withdrawn_by_name,
           withdrawn_by_role, withdrawal_recorded_by_user_id)
         SELECT ${uuidOf("'bench-consent-' || c.information_class || c.to_agency || s.i")}, s.id, c.information_class, c.to_agency,
                (s.opened AT TIME ZONE 'Europe/Helsinki')::date, (s.opened AT TIME ZONE 'Europe/Helsinki')::date + 365,
                'Guardian of case ' || s.i, 'guardian', NULL, 'written', s.received + interval '1 day', ${WORKER_ID}, ${WORKER_NAME},
                CASE WHEN c.withdrawn THEN least(s.received + interval '3 days', now()) END,
                CASE WHEN c.withdrawn THEN 'Guardian of case ' || s.i END,
                CASE WHEN c.withdrawn THEN 'guardian' END,
                CASE WHEN c.withdrawn THEN ${WORKER_ID} END
         FROM (${caseNumbers('$3::int', '$4::int')}) AS s
         CROSS JOIN LATERAL (
           SELECT 'health' AS information_class, 'school' AS to_agency, false AS withdrawn WHERE s.i % 3 <> 2
           UNION ALL
           SELECT 'school', 'psychiatry', false WHERE s.i % 2 = 0
           UNION ALL
           SELECT 'child-protection', 'school', true WHERE s.i % 5 = 1
         ) AS c`,
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
        `INSERT INTO case_timeline_entry (event_id, case_id, occurred_at, event_name, information_class, actor, summary, details)
         SELECT ${uuidOf("'bench-event-' || c.id || '-' || n.n")}, c.id,
                c.received_at + (n.n + 1) * ((now() - c.received_at) / ($1::int + 1)),
                CASE n.n WHEN 0 THEN 'CaseOpened.v1' WHEN 1 THEN 'CareTeamMemberAdded.v1' ELSE e.event END,
                CASE n.n WHEN 0 THEN 'child-protection' WHEN 1 THEN 'shared-plan' ELSE e.information_class END,
                CASE WHEN n.n < 2 OR e.agency = 'child-protection'
                  THEN jsonb_build_object('userId', c.responsible_worker_id, 'agency', 'child-protection', 'role', 'cp-social-worker')
                  ELSE jsonb_build_object('userId', 'bench-' || e.role, 'agency', e.agency, 'role', e.role) END,
                CASE n.n
                  WHEN 0 THEN 'Case opened (' || replace(c.origin, '-', ' ') || '); responsible social worker ' || c.responsible_worker_name
                  WHEN 1 THEN c.responsible_worker_name || ' (child-protection, responsible social worker) joined the care team'
                  ELSE e.summary END,
                CASE n.n
                  WHEN 0 THEN jsonb_build_object('origin', c.origin, 'responsibleWorker', c.responsible_worker_name, 'overLimit', false)
                  WHEN 1 THEN jsonb_build_object('participantKind', 'professional', 'agency', 'child-protection', 'name', c.responsible_worker_name)
                  ELSE e.details END
         FROM child_case c
         CROSS JOIN generate_series(0, $1::int - 1) AS n(n)
         JOIN (VALUES
    ${timelineKindsValues}
         ) AS e(slot, event, information_class, agency, role, summary, details)
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
    await client.query('VACUUM (ANALYZE) child_case, case_care_team_member, case_consent, case_deadline, case_timeline_entry');
  }
  // What the seed wrote.
  const counts = await client.query<Record<string, string>>(
    `WITH seeded AS (SELECT id, responsible_worker_id FROM child_case WHERE notifier_name LIKE 'Notifier %')
     SELECT (SELECT count(*) FROM seeded) AS cases,
            (SELECT count(DISTINCT responsible_worker_id) FROM seeded) AS workers,
            (SELECT count(*) FROM case_care_team_member m WHERE m.case_id IN (SELECT id FROM seeded)) AS care_team_members,
            (SELECT count(*) FROM case_consent k WHERE k.case_id IN (SELECT id FROM seeded)) AS consents,
            (SELECT count(*) FROM case_deadline d WHERE d.case_id IN (SELECT id FROM seeded)) AS deadlines,
            (SELECT count(*) FROM case_timeline_entry t WHERE t.case_id IN (SELECT id FROM seeded)) AS timeline_entries,
            (SELECT count(*) FROM seeded WHERE responsible_worker_id = $1) AS worker_cases`,
    [spec.people.worker.userId],
  );
  const row = counts.rows[0]!;
  return {
    seededThisRun: !seeded,
    seconds: Number(((performance.now() - started) / 1_000).toFixed(1)),
    cases: Number(row.cases),
    workers: Number(row.workers),
    careTeamMembers: Number(row.care_team_members),
    consents: Number(row.consents),
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

/**
 * Each seeded case's `CaseState.v1` record (its care team and consents, as case-coordination would
 * publish it after its last change), for another service's benchmark to feed to its projections
 * (`projectionFeeder` of libs/testing) so that it knows the same cases, care teams and consents.
 */
export async function caseStatesOf(client: pg.Client): Promise<Map<string, CaseStateV1>> {
  const seeded = "SELECT id FROM child_case WHERE notifier_name LIKE 'Notifier %'";
  const members = await client.query<MemberRow & { caseId: string }>(
    `SELECT case_id AS "caseId", member_id AS "memberId", user_id AS "userId", display_name AS "displayName", agency,
            participant_kind AS "participantKind", role_in_case AS "roleInCase", since::text AS since, until::text AS until,
            removed_at AS "removedAt"
     FROM case_care_team_member WHERE case_id IN (${seeded})`,
  );
  const consents = await client.query<ConsentRow & { caseId: string }>(
    `SELECT case_id AS "caseId", consent_id AS "consentId", information_class AS "informationClass", to_agency AS "toAgency",
            valid_from::text AS "validFrom", valid_until::text AS "validUntil", withdrawn_at AS "withdrawnAt"
     FROM case_consent WHERE case_id IN (${seeded})`,
  );
  const byCase = new Map<string, { members: MemberRow[]; consents: ConsentRow[] }>();
  const of = (caseId: string) => byCase.get(caseId) ?? byCase.set(caseId, { members: [], consents: [] }).get(caseId)!;
  for (const { caseId, ...member } of members.rows) of(caseId).members.push(member);
  for (const { caseId, ...consent } of consents.rows) of(caseId).consents.push(consent);
  return new Map([...byCase].map(([caseId, state]) => [caseId, caseState(state.members, state.consents)]));
}
