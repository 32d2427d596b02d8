import { finnishDate } from '@yhdessa/platform';
import { claims, projectionFeeder, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import type { ClientPlanConfig } from '../src/client-plan.config.js';
import { CaseClosureProjection } from '../src/plan-action/case-closure.projection.js';
import { PlanWatchService } from '../src/plan-watch/plan-watch.service.js';
import { startClientPlan } from './client-plan.fixture.js';
import { fetchParties, planCases, type Party } from './plan-case.fixture.js';

const dayMs = 86_400_000;
const day = (offset: number) => finnishDate(new Date(Date.now() + offset * dayMs));
const fourteen = `${Number(day(0).slice(0, 4)) - 14}-01-01`;

/** What the plan does by its own clock: rounds that run out, reminders before, overdue actions; each once. */
describe('the plan watch', () => {
  let service: ServiceFixture<ClientPlanConfig>;
  let dataSource: DataSource;
  let cases: ReturnType<typeof planCases>;
  let watch: PlanWatchService;
  const party = {} as Record<'worker' | 'teacher' | 'nurse' | 'mother' | 'foster' | 'aino', Party>;

  const id = (who: Party) => claims(who.token).sub;
  const call = (method: string, path: string, who: Party, body?: unknown) => service.call(method, path, who.token, body);
  const eventsOf = async (caseId: string, name: string): Promise<Record<string, unknown>[]> =>
    (
      await dataSource.query('SELECT envelope FROM outbox WHERE message_key = $1 AND event_name = $2 ORDER BY seq', [
        caseId,
        name,
      ])
    ).map((row: { envelope: { payload: Record<string, unknown> } }) => row.envelope.payload);
  const content = () => ({
    needs: [{ id: 'n1', text: 'Calm evenings', source: null }],
    goals: [
      { id: 'g1', professional: 'Aino goes to school every day', childWords: 'I want to stay in this class', needIds: ['n1'] },
    ],
    actions: [
      {
        id: 'a-school',
        what: 'Support lessons twice a week',
        agency: 'school',
        responsible: { userId: id(party.teacher), name: 'Anna Laine' },
        start: day(0),
        due: day(30),
        goalIds: ['g1'],
      },
      {
        id: 'a-psy',
        what: 'Monthly visits to the youth psychiatry nurse',
        agency: 'psychiatry',
        responsible: { userId: id(party.nurse), name: 'Pekka Nurmi' },
        start: day(0),
        due: day(30),
        goalIds: ['g1'],
      },
      {
        id: 'a-cp',
        what: 'Family work',
        agency: 'child-protection',
        responsible: { userId: id(party.worker), name: 'Sari Virtanen' },
        start: day(0),
        due: day(200),
        goalIds: [],
      },
    ],
    services: [],
    participants: [],
    childView: null,
    disagreements: [],
    reviewOn: day(300),
  });

  beforeAll(async () => {
    service = await startClientPlan('yhdessa_test_client_plan_watch');
    dataSource = service.app.get(DataSource);
    watch = service.app.get(PlanWatchService);
    cases = planCases(service);
    Object.assign(party, await fetchParties(['worker', 'teacher', 'nurse', 'mother', 'foster', 'aino']));
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  async function outForSigning(): Promise<{ caseId: string; hash: string; expiresAt: Date }> {
    const caseId = await cases.open([party.worker, party.teacher, party.nurse, party.mother, party.foster, party.aino]);
    expect((await call('POST', `/cases/${caseId}/plan`, party.worker, { childDateOfBirth: fourteen })).status).toBe(201);
    const saved = await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 1 },
      content: content(),
    });
    const opened = await call('POST', `/cases/${caseId}/plan/versions/1/sign-off`, party.worker, {});
    return { caseId, hash: saved.body.open.contentHash, expiresAt: new Date(opened.body.open.round.expiresAt) };
  }
  const answer = (caseId: string, who: Party, hash: string) =>
    call('POST', `/cases/${caseId}/plan/versions/1/answers`, who, { answer: 'sign', contentHash: hash });

  it('reminds those who have not answered once as the round nears its end, and shows each their reminders until they answer', async () => {
    const { caseId, hash, expiresAt } = await outForSigning();
    expect((await answer(caseId, party.teacher, hash)).status).toBe(200);
    await watch.sweep(new Date(expiresAt.getTime() - 49 * 3_600_000)); // 48 hours before by default: not yet
    expect(await eventsOf(caseId, 'PlanSignOffReminded.v1')).toEqual([]);

    const near = new Date(expiresAt.getTime() - 47 * 3_600_000);
    await watch.sweep(near);
    await watch.sweep(near); // run twice, or by two instances: once
    await watch.sweep(new Date(near.getTime() + 3_600_000));
    const reminded = await eventsOf(caseId, 'PlanSignOffReminded.v1');
    expect(reminded).toHaveLength(1);
    expect(reminded[0]).toMatchObject({ version: 1, round: 1, expiresAt: expiresAt.toISOString() });
    expect((reminded[0]!.reminded as { userId: string }[]).map((who) => who.userId).sort()).toEqual(
      [party.worker, party.nurse, party.mother, party.foster, party.aino].map(id).sort(),
    );

    const mine = await call('GET', '/sign-off-reminders/mine', party.mother);
    expect(mine.status).toBe(200);
    expect(mine.body.filter((reminder: { caseId: string }) => reminder.caseId === caseId)).toEqual([
      { caseId, version: 1, round: 1, expiresAt: expiresAt.toISOString(), remindedAt: near.toISOString() },
    ]);
    expect(
      (await call('GET', '/sign-off-reminders/mine', party.teacher)).body.some(
        (reminder: { caseId: string }) => reminder.caseId === caseId,
      ),
    ).toBe(false);
    expect((await answer(caseId, party.mother, hash)).status).toBe(200);
    expect(
      (await call('GET', '/sign-off-reminders/mine', party.mother)).body.some(
        (reminder: { caseId: string }) => reminder.caseId === caseId,
      ),
    ).toBe(false);

    // The case closes: the foster carer, who has not answered, is no longer asked to.
    const remindsFoster = async () =>
      (await call('GET', '/sign-off-reminders/mine', party.foster)).body.some(
        (reminder: { caseId: string }) => reminder.caseId === caseId,
      );
    expect(await remindsFoster()).toBe(true);
    const closure = service.app.get(CaseClosureProjection);
    const feed = projectionFeeder(() => dataSource, closure, { 'CaseClosed.v1': closure.onClosed }, new Date());
    await feed('CaseClosed.v1', caseId, { reason: 'Asiakkuus päättyi', closedAt: new Date().toISOString() });
    expect(await remindsFoster()).toBe(false);
  }, 60_000);

  it('sends a version whose round ran out back to draft, once, naming who had not answered; a late signature is refused', async () => {
    const { caseId, hash, expiresAt } = await outForSigning();
    await answer(caseId, party.teacher, hash);
    await answer(caseId, party.mother, hash);
    await watch.sweep(new Date(expiresAt.getTime() - 1_000));
    expect(await eventsOf(caseId, 'PlanSignOffRoundExpired.v1')).toEqual([]);

    const after = new Date(expiresAt.getTime() + 60_000);
    await watch.sweep(after);
    await watch.sweep(after);
    const expired = await eventsOf(caseId, 'PlanSignOffRoundExpired.v1');
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ version: 1, round: 1, contentHash: hash, expiredAt: expiresAt.toISOString() });
    expect((expired[0]!.unanswered as { userId: string }[]).map((who) => who.userId).sort()).toEqual(
      [party.worker, party.nurse, party.foster, party.aino].map(id).sort(),
    );
    const plan = await call('GET', `/cases/${caseId}/plan`, party.worker);
    expect(plan.body.open).toMatchObject({ version: 1, status: 'draft', round: { number: 1, expiresAt: null } });
    expect((await answer(caseId, party.nurse, hash)).body.code).toBe('plan_version_not_in_signing');
    // Sent again, the new round asks everyone afresh.
    const again = await call('POST', `/cases/${caseId}/plan/versions/1/sign-off`, party.worker, {});
    expect(again.body.open).toMatchObject({ status: 'signing', round: { number: 2 } });
  }, 60_000);

  it('raises each overdue action of the plan in force once, to its responsible person and the responsible worker; not a done one', async () => {
    const { caseId, hash } = await outForSigning();
    for (const who of [party.worker, party.teacher, party.nurse, party.mother, party.foster])
      expect((await answer(caseId, who, hash)).status).toBe(200);
    expect((await call('POST', `/cases/${caseId}/plan/actions/a-psy/updates`, party.nurse, { status: 'done' })).status).toBe(200);
    await watch.sweep(new Date(Date.now() + 20 * dayMs));
    expect(await eventsOf(caseId, 'PlanActionOverdue.v1')).toEqual([]);

    const late = new Date(Date.now() + 40 * dayMs);
    await watch.sweep(late);
    await watch.sweep(late);
    const overdue = await eventsOf(caseId, 'PlanActionOverdue.v1');
    expect(overdue).toEqual([
      {
        planId: expect.any(String),
        version: 1,
        actionId: 'a-school',
        agency: 'school',
        due: day(30),
        responsibleUserId: id(party.teacher),
        responsibleWorkerId: id(party.worker),
      },
    ]);
  }, 60_000);
});
