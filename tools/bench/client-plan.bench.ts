import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { configureRootLogger, finnishDate, newId } from '@yhdessa/platform';
import { claims, fetchToken, signedInUser } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import { contentHash } from '../../services/client-plan/src/plan-record/content-hash.util.js';
import type { PlanAction, PlanContent } from '../../services/client-plan/src/plan-record/plan-content.schema.js';
import { diffPlanContents } from '../../services/client-plan/src/plan/plan-diff.domain.js';
import { SignOffService } from '../../services/client-plan/src/sign-off/sign-off.service.js';
import { startClientPlan } from '../../services/client-plan/test/client-plan.fixture.js';
import { percentiles } from './latency-stats.js';

/**
 * `npm run bench:plan`: the client plan's three figures, with client-plan started in this process on a
 * database of its own (BENCH_PLAN_DB, yhdessa_bench_plan), seeded once with BENCH_PLAN_CASES (10000)
 * cases as the service knows them: each case's care team in its projection (the responsible worker,
 * a teacher, a nurse, a guardian, a foster carer, the child) and a plan with a version in force of
 * 6 actions. The demo users are the members of every BENCH_PLAN_SARI_EVERY-th case (50).
 *   1. Sign-off: BENCH_SIGNATORIES (50) parties of one version sign at the same moment, BENCH_SIGN_ROUNDS
 *      (10) times after BENCH_SIGN_WARMUP_ROUNDS (1) not measured, through the service's sign-off use case (its transaction, lock and events; the realm
 *      has too few demo users for 50 real tokens): every signature counted, none failed, the version in
 *      force with exactly one PlanVersionSignedOff in the outbox, p99 < 200 ms.
 *   2. Diff of two versions with 40 actions: the rule alone (BENCH_DIFF_RUNS, 2000), and GET
 *      /plan/diff over HTTP with a real token (its access check, reads and audit records): p99 < 50 ms.
 *   3. The plan page: BENCH_USERS (50) users GET /cases/:caseId/plan of the demo worker's cases with a
 *      think time around BENCH_THINK_MS (1000) for BENCH_SECONDS (20) after BENCH_WARMUP_SECONDS (3):
 *      p99 < 50 ms, no error.
 * The load runs in the service's own process (one event loop for both): the figures are an upper bound.
 * Writes reports/bench-plan.json; exits 1 over a budget.
 */
const DATABASE = process.env.BENCH_PLAN_DB ?? 'yhdessa_bench_plan';
const CASES = Number(process.env.BENCH_PLAN_CASES ?? 10_000);
const SARI_EVERY = Number(process.env.BENCH_PLAN_SARI_EVERY ?? 50);
const SIGNATORIES = Number(process.env.BENCH_SIGNATORIES ?? 50);
const SIGN_ROUNDS = Number(process.env.BENCH_SIGN_ROUNDS ?? 10);
const SIGN_WARMUP_ROUNDS = Number(process.env.BENCH_SIGN_WARMUP_ROUNDS ?? 1);
const DIFF_RUNS = Number(process.env.BENCH_DIFF_RUNS ?? 2_000);
const USERS = Number(process.env.BENCH_USERS ?? 50);
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 1_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const BUDGET = { signP99: 200, diffP99: 50, pageP99: 50 };

const progress = (line: string) => process.stderr.write(`bench:plan ${line}\n`);
configureRootLogger('bench', 'error');
const today = finnishDate(new Date());
const inDays = (days: number) => finnishDate(new Date(Date.now() + days * 86_400_000));

function actionsOf(count: number, people: Record<'worker' | 'teacher' | 'nurse', string>, variant: number): PlanAction[] {
  const agencies = ['child-protection', 'school', 'psychiatry'] as const;
  return Array.from({ length: count }, (_, index) => {
    const agency = agencies[index % 3]!;
    const userId = agency === 'school' ? people.teacher : agency === 'psychiatry' ? people.nurse : people.worker;
    return {
      id: `a${index}`,
      what: `Action ${index}: ${variant === 0 || index % 4 ? 'meet weekly and write down how the week went' : 'meet twice a week and call the family'}`,
      agency,
      responsible: { userId, name: `Person ${agency}` },
      start: today,
      due: inDays(30 + (variant === 0 || index % 5 ? index : index + 14)),
      goalIds: ['g1'],
    };
  });
}

function contentWith(actions: PlanAction[]): PlanContent {
  return {
    needs: [{ id: 'n1', text: 'Calm evenings and support at school', source: null }],
    goals: [{ id: 'g1', professional: 'Goes to school every day', childWords: 'I want to stay in this class', needIds: ['n1'] }],
    actions,
    services: [{ id: 's1', name: 'Family work', agency: 'child-protection' }],
    participants: [{ name: 'The child', part: 'child' }],
    childView: { howFoundOut: 'Met at school', view: 'Wants to stay in the class.' },
    disagreements: [{ id: 'd1', topic: 'Evenings', view: 'Out too late', heldBy: 'the school' }],
    reviewOn: inDays(300),
  };
}

const tokens = Object.fromEntries(
  await Promise.all(
    (['sari.virtanen', 'anna.laine', 'pekka.nurmi', 'liisa.aalto', 'riitta.hakala', 'aino.aalto'] as const).map(
      async (username) => [username, await fetchToken(username)] as const,
    ),
  ),
) as Record<string, string>;
const demo = {
  worker: claims(tokens['sari.virtanen']!).sub,
  teacher: claims(tokens['anna.laine']!).sub,
  nurse: claims(tokens['pekka.nurmi']!).sub,
  guardian: claims(tokens['liisa.aalto']!).sub,
  foster: claims(tokens['riitta.hakala']!).sub,
  child: claims(tokens['aino.aalto']!).sub,
};

progress(`starting client-plan on ${DATABASE}`);
const service = await startClientPlan(DATABASE, { env: { RATE_LIMIT_WRITES: '1000000' } });
const db = service.app.get(DataSource);

/** 10,000 cases as client-plan knows them, written once in bulk; a run finds them again. */
async function seed(): Promise<string[]> {
  const [{ n }] = (await db.query("SELECT count(*)::int AS n FROM plan_version WHERE status = 'in-force'")) as Array<{
    n: number;
  }>;
  if (n < CASES) {
    progress(`seeding ${CASES} cases (care teams and plans in force)`);
    const content = contentWith(actionsOf(6, demo, 0));
    const hash = contentHash(content);
    for (let start = 0; start < CASES; start += 1_000) {
      const rows = Array.from({ length: Math.min(1_000, CASES - start) }, (_, offset) => ({
        caseId: newId(),
        planId: newId(),
        index: start + offset,
      }));
      await db.transaction(async (manager) => {
        const members: unknown[][] = [];
        for (const row of rows) {
          const ours = row.index % SARI_EVERY === 0;
          const person = (who: keyof typeof demo) => (ours ? demo[who] : `seed-${who}-${row.index % 400}`);
          for (const [who, agency, kind, role] of [
            ['worker', 'child-protection', 'professional', 'responsible social worker'],
            ['teacher', 'school', 'professional', 'class teacher'],
            ['nurse', 'psychiatry', 'professional', 'liaison nurse'],
            ['guardian', 'family', 'guardian', 'mother'],
            ['foster', 'family', 'foster-carer', 'foster carer'],
            ['child', 'family', 'child', 'child'],
          ] as const)
            members.push([newId(), row.caseId, person(who), `Seed ${who}`, agency, kind, role, inDays(-100), newId()]);
        }
        await manager.query(
          `INSERT INTO care_team_member (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since, last_event_id)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::uuid[])`,
          Array.from({ length: 9 }, (_, column) => members.map((member) => member[column])),
        );
        await manager.query(
          `INSERT INTO plan (plan_id, case_id, child_date_of_birth, created_at, created_by)
           SELECT p, c, '2012-03-14', now(), 'seed' FROM unnest($1::uuid[], $2::uuid[]) AS t(p, c)`,
          [rows.map((row) => row.planId), rows.map((row) => row.caseId)],
        );
        await manager.query(
          `INSERT INTO plan_version (plan_id, version, status, revision, content, content_hash, round, signed_off_at, signed_content_hash)
           SELECT p, 1, 'in-force', 1, $2::jsonb, $3, 1, now(), $3 FROM unnest($1::uuid[]) AS t(p)`,
          [rows.map((row) => row.planId), JSON.stringify(content), hash],
        );
        await manager.query(
          `INSERT INTO plan_revision (plan_id, version, revision, content, content_hash, substantive, author_user_id, author_name, saved_at)
           SELECT p, 1, 1, $2::jsonb, $3, false, 'seed', 'Seed', now() FROM unnest($1::uuid[]) AS t(p)`,
          [rows.map((row) => row.planId), JSON.stringify(content), hash],
        );
      });
    }
  }
  const ours = (await db.query(
    `SELECT DISTINCT p.case_id FROM plan p JOIN care_team_member m ON m.case_id = p.case_id AND m.user_id = $1`,
    [demo.worker],
  )) as Array<{ case_id: string }>;
  return ours.map((row) => row.case_id);
}

const sariCases = await seed();
progress(`${sariCases.length} of the seeded cases are the demo worker's`);

// 1. Sign-off: SIGNATORIES parties of one version at once.
const signOff = service.app.get(SignOffService);
const user = signedInUser;
const reader = (caller: AuthenticatedUser, careTeam: 'professional' | 'guardian'): CaseReader => ({
  caseId: '',
  userId: caller.userId,
  agency: caller.agency,
  roles: caller.roles,
  participation: { careTeam, responsibleWorker: false, systemicTeam: null },
  consented: [],
});
const signLatencies: number[] = [];
let signFailures = 0;
let signedOff = 0;
for (let round = -SIGN_WARMUP_ROUNDS; round < SIGN_ROUNDS; round++) {
  const measuring = round >= 0;
  const caseId = newId();
  const planId = newId();
  const worker = user(`bench-worker-${caseId}`, 'child-protection', 'cp-social-worker');
  const parties = Array.from({ length: SIGNATORIES - 1 }, (_, index) =>
    user(`bench-guardian-${index}-${caseId}`, 'family', 'guardian'),
  );
  const content = contentWith([]);
  const hash = contentHash(content);
  await db.transaction(async (manager) => {
    const rows = [
      [worker.userId, 'child-protection', 'professional', 'responsible social worker'],
      ...parties.map((party) => [party.userId, 'family', 'guardian', 'guardian']),
    ];
    for (const [userId, agency, kind, role] of rows)
      await manager.query(
        `INSERT INTO care_team_member (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since, last_event_id)
         VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8)`,
        [newId(), caseId, userId, agency, kind, role, inDays(-10), newId()],
      );
    await manager.query(
      `INSERT INTO plan (plan_id, case_id, child_date_of_birth, created_at, created_by) VALUES ($1, $2, NULL, now(), 'bench')`,
      [planId, caseId],
    );
    await manager.query(
      `INSERT INTO plan_version (plan_id, version, status, revision, content, content_hash) VALUES ($1, 1, 'draft', 1, $2::jsonb, $3)`,
      [planId, JSON.stringify(content), hash],
    );
  });
  await signOff.open(caseId, 1, { ordered: false }, worker, reader(worker, 'professional'));
  const everyone = [worker, ...parties];
  const results = await Promise.allSettled(
    everyone.map(async (party) => {
      const began = performance.now();
      await signOff.answer(
        caseId,
        1,
        { answer: 'sign', contentHash: hash },
        party,
        reader(party, party === worker ? 'professional' : 'guardian'),
      );
      if (measuring) signLatencies.push(performance.now() - began);
    }),
  );
  if (!measuring) continue;
  signFailures += results.filter((result) => result.status === 'rejected').length;
  const [{ signed, status, signedOffEvents }] = (await db.query(
    `SELECT (SELECT count(*)::int FROM plan_signature WHERE plan_id = $1 AND decision = 'signed') AS signed,
            (SELECT status FROM plan_version WHERE plan_id = $1 AND version = 1) AS status,
            (SELECT count(*)::int FROM outbox WHERE message_key = $2 AND event_name = 'PlanVersionSignedOff.v1') AS "signedOffEvents"`,
    [planId, caseId],
  )) as Array<{ signed: number; status: string; signedOffEvents: number }>;
  if (signed === SIGNATORIES && status === 'in-force' && signedOffEvents === 1) signedOff += 1;
}
const sign = {
  rounds: SIGN_ROUNDS,
  signatories: SIGNATORIES,
  failures: signFailures,
  roundsSignedOff: signedOff,
  ...percentiles(signLatencies),
};
progress(`sign-off: ${JSON.stringify(sign)}`);

// 2. Diff of two versions with 40 actions: the rule, then over HTTP.
const v1 = contentWith(actionsOf(40, demo, 0));
const v2 = contentWith(actionsOf(40, demo, 1));
const ruleLatencies: number[] = [];
let differences = 0;
for (let run = 0; run < DIFF_RUNS; run++) {
  const began = performance.now();
  differences = diffPlanContents(v1, v2).length;
  ruleLatencies.push(performance.now() - began);
}
const diffCase = newId();
const diffPlan = newId();
await db.transaction(async (manager) => {
  for (const [who, agency, kind, role] of [
    ['worker', 'child-protection', 'professional', 'responsible social worker'],
    ['teacher', 'school', 'professional', 'class teacher'],
    ['nurse', 'psychiatry', 'professional', 'liaison nurse'],
  ] as const)
    await manager.query(
      `INSERT INTO care_team_member (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since, last_event_id)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8)`,
      [newId(), diffCase, demo[who], agency, kind, role, inDays(-10), newId()],
    );
  await manager.query(`INSERT INTO plan (plan_id, case_id, created_at, created_by) VALUES ($1, $2, now(), 'bench')`, [
    diffPlan,
    diffCase,
  ]);
  for (const [version, content, status] of [
    [1, v1, 'in-force'],
    [2, v2, 'draft'],
  ] as const)
    await manager.query(
      `INSERT INTO plan_version (plan_id, version, status, revision, content, content_hash) VALUES ($1, $2, $3, 1, $4::jsonb, $5)`,
      [diffPlan, version, status, JSON.stringify(content), contentHash(content)],
    );
});
const httpDiffLatencies: number[] = [];
let diffErrors = 0;
for (let run = 0; run < 300; run++) {
  const began = performance.now();
  const answer = await service.call('GET', `/cases/${diffCase}/plan/diff?fromVersion=1&toVersion=2`, tokens['sari.virtanen']);
  httpDiffLatencies.push(performance.now() - began);
  if (answer.status !== 200 || answer.body.differences.length !== differences) diffErrors += 1;
}
const diff = {
  actions: 40,
  differences,
  rule: percentiles(ruleLatencies),
  http: { requests: httpDiffLatencies.length, errors: diffErrors, ...percentiles(httpDiffLatencies) },
};
progress(`diff: ${JSON.stringify(diff)}`);

// 3. The plan page at USERS users with think time.
const think = () => new Promise((resolve) => setTimeout(resolve, -Math.log(1 - Math.random()) * THINK_MS));
async function pageLoad(seconds: number): Promise<{ latencies: number[]; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1_000;
  await Promise.all(
    Array.from({ length: USERS }, async (_, userIndex) => {
      let next = userIndex;
      await think();
      while (performance.now() < until) {
        const caseId = sariCases[next++ % sariCases.length]!;
        const began = performance.now();
        const answer = await service.call('GET', `/cases/${caseId}/plan`, tokens['sari.virtanen']);
        latencies.push(performance.now() - began);
        if (answer.status !== 200 || !answer.body.inForce) errors += 1;
        await think();
      }
    }),
  );
  return { latencies, errors };
}
await pageLoad(WARMUP_SECONDS);
const measured = await pageLoad(SECONDS);
const page = {
  users: USERS,
  thinkMs: THINK_MS,
  seconds: SECONDS,
  requests: measured.latencies.length,
  errors: measured.errors,
  perSecond: Number((measured.latencies.length / SECONDS).toFixed(1)),
  ...percentiles(measured.latencies),
};
progress(`plan page: ${JSON.stringify(page)}`);

await service.close();
const machine = {
  cpus: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
};
const within = {
  signOff: sign.failures === 0 && sign.roundsSignedOff === SIGN_ROUNDS && percentiles(signLatencies).p99! < BUDGET.signP99,
  diff: diff.http.errors === 0 && percentiles(httpDiffLatencies).p99! < BUDGET.diffP99 && diff.rule.p99! < BUDGET.diffP99,
  planPage: page.errors === 0 && percentiles(measured.latencies).p99! < BUDGET.pageP99,
};
mkdirSync('reports', { recursive: true });
const report = {
  at: new Date().toISOString(),
  machine,
  seed: { database: DATABASE, cases: CASES, demoWorkerCases: sariCases.length },
  budget: BUDGET,
  sign,
  diff,
  page,
  within,
};
writeFileSync('reports/bench-plan.json', `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
process.exit(Object.values(within).every(Boolean) ? 0 : 1);
