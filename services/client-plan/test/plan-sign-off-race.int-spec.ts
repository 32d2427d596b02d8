import type { CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { constraintError, finnishDate, newId } from '@yhdessa/platform';
import { signedInUser, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import type { ClientPlanConfig } from '../src/client-plan.config.js';
import { clientPlanConstraintErrors } from '../src/migrations/constraint-errors.js';
import { contentHash } from '../src/plan-record/content-hash.util.js';
import type { PlanContent } from '../src/plan-record/plan-content.schema.js';
import { SignOffService } from '../src/sign-off/sign-off.service.js';
import { startClientPlan } from './client-plan.fixture.js';

const day = (offset: number) => finnishDate(new Date(Date.now() + offset * 86_400_000));
/** A date of birth that makes the child 13 today: asked to comment. */
const thirteen = `${Number(day(0).slice(0, 4)) - 13}-01-01`;

/**
 * Many parties answering one version at the same moment, through the sign-off use case on the real
 * database (the realm has too few users for this many tokens): every signature counted, the version
 * brought into force exactly once, and a decline racing the last signatures leaving one outcome.
 */
describe('the client plan: answers given at the same moment', () => {
  let service: ServiceFixture<ClientPlanConfig>;
  let dataSource: DataSource;
  let signOff: SignOffService;

  beforeAll(async () => {
    service = await startClientPlan('yhdessa_test_client_plan_race');
    dataSource = service.app.get(DataSource);
    signOff = service.app.get(SignOffService);
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const user = signedInUser;
  const reader = (caller: AuthenticatedUser): CaseReader => ({
    caseId: '',
    userId: caller.userId,
    agency: caller.agency,
    roles: caller.roles,
    participation: {
      careTeam: caller.agency === 'family' ? 'guardian' : 'professional',
      responsibleWorker: false,
      systemicTeam: null,
    },
    consented: [],
  });
  const content = (view: string): PlanContent => ({
    needs: [{ id: 'n1', text: 'Calm evenings', source: null }],
    goals: [{ id: 'g1', professional: 'Goes to school every day', childWords: null, needIds: ['n1'] }],
    actions: [],
    services: [],
    participants: [{ name: 'The child', part: 'child' }],
    childView: { howFoundOut: 'Met at school', view },
    disagreements: [],
    reviewOn: day(180),
  });
  const outbox = async (caseId: string): Promise<string[]> =>
    (await dataSource.query('SELECT event_name FROM outbox WHERE message_key = $1 ORDER BY seq', [caseId])).map(
      (row: { event_name: string }) => row.event_name,
    );
  const count = (events: string[], name: string) => events.filter((event) => event === name).length;
  const codeOf = (result: PromiseSettledResult<unknown>) =>
    result.status === 'rejected'
      ? (constraintError(result.reason, clientPlanConstraintErrors) ?? (result.reason as { code?: string })).code
      : 'answered';

  /** A case whose care team is a worker, `guardians` guardians and a child of 13; version 2 out for signing, version 1 in force. */
  async function signingCase(guardians: number) {
    const caseId = newId();
    const planId = newId();
    const worker = user(`worker-${caseId}`, 'child-protection', 'cp-social-worker');
    const parties = Array.from({ length: guardians }, (_, index) => user(`guardian-${index}-${caseId}`, 'family', 'guardian'));
    const child = user(`child-${caseId}`, 'family', 'child');
    const [before, signing] = [content('Wants to stay in the class.'), content('Wants to stay in the class and see friends.')];
    await dataSource.transaction(async (manager) => {
      const members = [
        [worker.userId, 'child-protection', 'professional', 'responsible social worker'],
        ...parties.map((party) => [party.userId, 'family', 'guardian', 'guardian']),
        [child.userId, 'family', 'child', 'child'],
      ];
      for (const [userId, agency, kind, role] of members)
        await manager.query(
          `INSERT INTO care_team_member (member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case, since, last_event_id)
           VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8)`,
          [newId(), caseId, userId, agency, kind, role, day(-10), newId()],
        );
      await manager.query(
        `INSERT INTO plan (plan_id, case_id, child_date_of_birth, created_at, created_by) VALUES ($1, $2, $3, now(), 'test')`,
        [planId, caseId, thirteen],
      );
      await manager.query(
        `INSERT INTO plan_version (plan_id, version, status, revision, content, content_hash, round, signed_off_at, signed_content_hash)
         VALUES ($1, 1, 'in-force', 1, $2::jsonb, $3, 1, now(), $3), ($1, 2, 'draft', 1, $4::jsonb, $5, 0, NULL, NULL)`,
        [planId, JSON.stringify(before), contentHash(before), JSON.stringify(signing), contentHash(signing)],
      );
    });
    await signOff.open(caseId, 2, { ordered: false }, worker, reader(worker));
    const versions = async () =>
      (await dataSource.query('SELECT version, status, round_awaited FROM plan_version WHERE plan_id = $1 ORDER BY version', [
        planId,
      ])) as Array<{ version: number; status: string; round_awaited: number }>;
    const signatures = async () =>
      (await dataSource.query('SELECT user_id, decision FROM plan_signature WHERE plan_id = $1', [planId])) as Array<{
        user_id: string;
        decision: string;
      }>;
    return { caseId, planId, worker, parties, child, hash: contentHash(signing), versions, signatures };
  }

  it('counts every one of 40 signatures given at once and brings the version into force exactly once', async () => {
    const plan = await signingCase(39);
    const everyone = [plan.worker, ...plan.parties];
    const results = await Promise.allSettled(
      everyone.map((party) => signOff.answer(plan.caseId, 2, { answer: 'sign', contentHash: plan.hash }, party, reader(party))),
    );
    expect(results.map(codeOf)).toEqual(everyone.map(() => 'answered'));
    expect(await plan.versions()).toEqual([
      { version: 1, status: 'superseded', round_awaited: 0 },
      { version: 2, status: 'in-force', round_awaited: 0 },
    ]);
    const signatures = await plan.signatures();
    expect(signatures.map((signature) => signature.user_id).sort()).toEqual(everyone.map((party) => party.userId).sort());
    const events = await outbox(plan.caseId);
    expect(count(events, 'PlanVersionSigned.v1')).toBe(40);
    expect(count(events, 'PlanVersionSignedOff.v1')).toBe(1);
    expect(events.at(-1)).toBe('PlanVersionSignedOff.v1');
    // The answer that brought it into force reads it so after its commit.
    const views = results.map(
      (result) => (result as PromiseFulfilledResult<Awaited<ReturnType<SignOffService['answer']>>>).value,
    );
    expect(views.filter((view) => view.inForce?.version === 2 && view.open === null).length).toBeGreaterThanOrEqual(1);
    // A party asked to comment answers too late: the version is in force.
    await expect(
      signOff.answer(
        plan.caseId,
        2,
        { answer: 'comment', contentHash: plan.hash, remark: 'Fine.' },
        plan.child,
        reader(plan.child),
      ),
    ).rejects.toMatchObject({ code: 'plan_version_not_in_signing' });
  }, 60_000);

  it('counts one of two answers by the same party given at once', async () => {
    const plan = await signingCase(2);
    const results = await Promise.allSettled(
      [0, 1].map(() =>
        signOff.answer(plan.caseId, 2, { answer: 'sign', contentHash: plan.hash }, plan.parties[0]!, reader(plan.parties[0]!)),
      ),
    );
    expect(results.map(codeOf).sort()).toEqual(['answered', 'plan_signature_already_given']);
    expect(await plan.signatures()).toEqual([{ user_id: plan.parties[0]!.userId, decision: 'signed' }]);
    expect((await plan.versions())[1]).toMatchObject({ status: 'signing', round_awaited: 2 });
    expect(count(await outbox(plan.caseId), 'PlanVersionSigned.v1')).toBe(1);
  }, 60_000);

  it('lets a decline racing the last signatures end the round one way only: in force, or back to draft', async () => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const plan = await signingCase(15);
      const signers = [plan.worker, ...plan.parties];
      const declineAt = attempt * 5;
      const answers = signers.map(
        (party) => () => signOff.answer(plan.caseId, 2, { answer: 'sign', contentHash: plan.hash }, party, reader(party)),
      );
      answers.splice(declineAt, 0, () =>
        signOff.answer(
          plan.caseId,
          2,
          { answer: 'decline', contentHash: plan.hash, remark: 'Not what we agreed.' },
          plan.child,
          reader(plan.child),
        ),
      );
      const results = await Promise.allSettled(answers.map((give) => give()));
      const declined = codeOf(results[declineAt]!) === 'answered';
      const counted = results.filter((result, index) => index !== declineAt && codeOf(result) === 'answered').length;
      const refused = results.filter((result) => codeOf(result) === 'plan_version_not_in_signing').length;
      expect(counted + refused + 1).toBe(results.length);
      const events = await outbox(plan.caseId);
      const [, version] = await plan.versions();
      const signatures = await plan.signatures();
      expect(count(events, 'PlanVersionSigned.v1')).toBe(counted);
      expect(signatures.filter((signature) => signature.decision === 'signed')).toHaveLength(counted);
      if (declined) {
        expect(version).toMatchObject({ status: 'draft' });
        expect(counted).toBeLessThan(signers.length);
        expect(count(events, 'PlanVersionDeclined.v1')).toBe(1);
        expect(count(events, 'PlanVersionSignedOff.v1')).toBe(0);
        expect(events.at(-1)).toBe('PlanVersionDeclined.v1'); // nothing counted after the decline
      } else {
        expect(version).toMatchObject({ status: 'in-force', round_awaited: 0 });
        expect(counted).toBe(signers.length);
        expect(count(events, 'PlanVersionDeclined.v1')).toBe(0);
        expect(count(events, 'PlanVersionSignedOff.v1')).toBe(1);
      }
    }
  }, 120_000);
});
