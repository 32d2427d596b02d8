import { AuditLog } from '@yhdessa/audit';
import { finnishDate } from '@yhdessa/platform';
import { claims, projectionFeeder, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import { CaseClosureProjection } from '../src/plan-action/case-closure.projection.js';
import type { ClientPlanConfig } from '../src/client-plan.config.js';
import { startClientPlan } from './client-plan.fixture.js';
import { fetchParties, planCases, type Party } from './plan-case.fixture.js';

const day = (offset: number) => finnishDate(new Date(Date.now() + offset * 86_400_000));

/** Each professional's own plan actions across their cases, over HTTP with real tokens and PostgreSQL. */
describe('the client plan: my actions', () => {
  let service: ServiceFixture<ClientPlanConfig>;
  let cases: ReturnType<typeof planCases>;
  const party = {} as Record<'worker' | 'teacher' | 'otherTeacher' | 'nurse' | 'mother', Party>;

  beforeAll(async () => {
    service = await startClientPlan('yhdessa_test_client_plan_my_actions');
    cases = planCases(service);
    Object.assign(party, await fetchParties(['worker', 'teacher', 'otherTeacher', 'nurse', 'mother']));
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const id = (who: Party) => claims(who.token).sub;
  const call = (method: string, path: string, who: Party, body?: unknown) => service.call(method, path, who.token, body);
  const content = (schoolDue: string) => ({
    needs: [{ id: 'n1', text: 'Support at school', source: null }],
    goals: [
      { id: 'g1', professional: 'Aino goes to school every day', childWords: 'Haluan pysyä tällä luokalla', needIds: ['n1'] },
    ],
    actions: [
      {
        id: 'a-school',
        what: 'Support lessons twice a week',
        agency: 'school',
        responsible: { userId: id(party.teacher), name: 'Anna Laine' },
        start: day(-30),
        due: schoolDue,
        goalIds: ['g1'],
      },
      {
        id: 'a-psy',
        what: 'Monthly visits to the youth psychiatry nurse',
        agency: 'psychiatry',
        responsible: { userId: id(party.nurse), name: 'Pekka Nurmi' },
        start: day(0),
        due: day(120),
        goalIds: ['g1'],
      },
      {
        id: 'a-cp',
        what: 'Family work at home',
        agency: 'child-protection',
        responsible: { userId: id(party.worker), name: 'Sari Virtanen' },
        start: day(0),
        due: day(60),
        goalIds: [],
      },
    ],
    services: [],
    participants: [],
    childView: null,
    disagreements: [],
    reviewOn: day(180),
  });

  /** A plan signed by everyone and in force; `schoolDue` makes the school's action overdue when it is past. */
  async function planInForce(schoolDue: string): Promise<string> {
    const team = [party.worker, party.teacher, party.otherTeacher, party.nurse, party.mother];
    const caseId = await cases.open(team);
    expect((await call('POST', `/cases/${caseId}/plan`, party.worker, { childDateOfBirth: null })).status).toBe(201);
    const saved = await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 1 },
      content: content(schoolDue),
    });
    expect(saved.status).toBe(200);
    expect((await call('POST', `/cases/${caseId}/plan/versions/1/sign-off`, party.worker, {})).status).toBe(200);
    const hash = saved.body.open.contentHash as string;
    for (const who of [party.teacher, party.nurse, party.mother, party.worker]) {
      const answered = await call('POST', `/cases/${caseId}/plan/versions/1/answers`, who, { answer: 'sign', contentHash: hash });
      expect(answered.status).toBe(200);
    }
    return caseId;
  }
  const mine = async (who: Party, caseId: string) => {
    const answered = await call('GET', '/plan-actions/mine', who);
    expect(answered.status).toBe(200);
    return (answered.body as Array<{ caseId: string; actionId: string; mine: string; status: string; overdue: boolean }>).filter(
      (action) => action.caseId === caseId,
    );
  };

  it('lists the actions of the plans in force the reader or their agency is responsible for, by the visibility rule, overdue flagged', async () => {
    const caseId = await planInForce(day(-1));
    expect((await mine(party.teacher, caseId)).map((action) => [action.actionId, action.mine, action.overdue])).toEqual([
      ['a-school', 'person', true],
    ]);
    expect((await mine(party.otherTeacher, caseId)).map((action) => [action.actionId, action.mine])).toEqual([
      ['a-school', 'agency'],
    ]);
    expect((await mine(party.nurse, caseId)).map((action) => action.actionId)).toEqual(['a-psy']);
    expect((await mine(party.worker, caseId)).map((action) => action.actionId)).toEqual(['a-cp']);
    expect(await mine(party.mother, caseId)).toEqual([]); // the family has no actions to move

    const moved = await call('POST', `/cases/${caseId}/plan/actions/a-school/updates`, party.teacher, {
      status: 'done',
      note: 'Tukiopetus pidetty',
    });
    expect(moved.status).toBe(200);
    expect(await mine(party.otherTeacher, caseId)).toEqual([
      expect.objectContaining({ actionId: 'a-school', status: 'done', overdue: false, note: 'Tukiopetus pidetty' }),
    ]);

    const records = await service.app.get(AuditLog).forCase(caseId);
    const teacherReads = records
      .filter((record) => record.actor.userId === id(party.teacher) && record.resource === 'plan-action')
      .map((record) => record.informationClass);
    expect(teacherReads.sort()).toEqual(['school', 'shared-plan']);
    const motherReads = records.filter((record) => record.actor.userId === id(party.mother) && record.resource === 'plan-action');
    expect(motherReads).toEqual([]); // nothing shown, nothing recorded
  }, 60_000);

  it('leaves out a draft’s actions and a case the reader has left', async () => {
    const caseId = await planInForce(day(30));
    await cases.remove(caseId, party.otherTeacher);
    expect(await mine(party.otherTeacher, caseId)).toEqual([]);
    const drafted = await cases.open([party.worker, party.teacher]);
    await call('POST', `/cases/${drafted}/plan`, party.worker, { childDateOfBirth: null });
    expect(await mine(party.teacher, drafted)).toEqual([]);
  }, 60_000);

  it('keeps the actions kept from a reader who saves the plan as they see it, and refuses an id that clashes with one', async () => {
    const caseId = await cases.open([party.worker, party.teacher, party.nurse, party.mother]);
    await call('POST', `/cases/${caseId}/plan`, party.worker, { childDateOfBirth: null });
    await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 1 },
      content: content(day(30)),
    });
    const seen = await call('GET', `/cases/${caseId}/plan`, party.nurse);
    expect(seen.body.open.content.actions.map((action: { id: string }) => action.id)).toEqual(['a-psy']);
    const own = seen.body.open.content;
    own.actions[0].what = 'Weekly visits to the youth psychiatry clinic';
    const saved = await call('PUT', `/cases/${caseId}/plan/draft`, party.nurse, {
      base: { version: 1, revision: 2 },
      content: own,
    });
    expect(saved.status).toBe(200);
    const whole = await call('GET', `/cases/${caseId}/plan`, party.worker);
    expect(whole.body.open.content.actions.map((action: { id: string; what: string }) => [action.id, action.what])).toEqual([
      ['a-school', 'Support lessons twice a week'],
      ['a-psy', 'Weekly visits to the youth psychiatry clinic'],
      ['a-cp', 'Family work at home'],
    ]);
    const clash = await call('PUT', `/cases/${caseId}/plan/draft`, party.nurse, {
      base: { version: 1, revision: 3 },
      content: { ...own, actions: [...own.actions, { ...own.actions[0], id: 'a-cp' }] },
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('plan_action_id_taken');
    expect((await call('GET', `/cases/${caseId}/plan`, party.worker)).body.open.revision).toBe(3);
  }, 60_000);

  it('leaves out a closed case’s actions until it is reopened, whatever order the events come in', async () => {
    const caseId = await planInForce(day(30));
    const closure = service.app.get(CaseClosureProjection);
    const feed = projectionFeeder(
      () => service.app.get(DataSource),
      closure,
      { 'CaseClosed.v1': closure.onClosed, 'CaseReopened.v1': closure.onReopened },
      new Date(),
    );
    const closedAt = new Date(Date.now() - 60_000).toISOString();
    await feed('CaseClosed.v1', caseId, { reason: 'Asiakkuus päättyi', closedAt });
    expect(await mine(party.teacher, caseId)).toEqual([]);
    await feed('CaseReopened.v1', caseId, { reason: 'Uusi ilmoitus', reopenedAt: new Date().toISOString() });
    expect((await mine(party.teacher, caseId)).map((action) => action.actionId)).toEqual(['a-school']);
    await feed('CaseClosed.v1', caseId, { reason: 'Asiakkuus päättyi', closedAt }); // redelivered late: older than the reopening
    expect((await mine(party.teacher, caseId)).map((action) => action.actionId)).toEqual(['a-school']);
  }, 60_000);
});
