import { AuditLog } from '@yhdessa/audit';
import { finnishDate } from '@yhdessa/platform';
import { claims, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import type { ClientPlanConfig } from '../src/client-plan.config.js';
import { startClientPlan } from './client-plan.fixture.js';
import { fetchParties, planCases, type Party } from './plan-case.fixture.js';

const day = (offset: number) => finnishDate(new Date(Date.now() + offset * 86_400_000));
/** A date of birth that makes the child 14 today. */
const fourteen = `${Number(day(0).slice(0, 4)) - 14}-01-01`;

/** Journey 2's plan over HTTP, with real tokens, PostgreSQL, Kafka and Redis. */
describe('the client plan: drafts, versions and sign-off', () => {
  let service: ServiceFixture<ClientPlanConfig>;
  let dataSource: DataSource;
  let cases: ReturnType<typeof planCases>;
  const party = {} as Record<'worker' | 'teacher' | 'nurse' | 'mother' | 'foster' | 'aino' | 'outsider' | 'clinician', Party>;

  beforeAll(async () => {
    service = await startClientPlan('yhdessa_test_client_plan_api');
    dataSource = service.app.get(DataSource);
    cases = planCases(service);
    Object.assign(party, await fetchParties(['worker', 'teacher', 'nurse', 'mother', 'foster', 'aino', 'outsider', 'clinician']));
  }, 90_000);

  afterAll(async () => {
    await service?.close();
  });

  const id = (who: Party) => claims(who.token).sub;
  const call = (method: string, path: string, who: Party | undefined, body?: unknown) =>
    service.call(method, path, who?.token, body);
  const journeyTeam = () => [party.worker, party.teacher, party.nurse, party.mother, party.foster, party.aino];
  const outbox = async (caseId: string): Promise<string[]> =>
    (await dataSource.query('SELECT event_name FROM outbox WHERE message_key = $1 ORDER BY seq', [caseId])).map(
      (row: { event_name: string }) => row.event_name,
    );
  const content = () => ({
    needs: [{ id: 'n1', text: 'Calm evenings and support at school', source: null }],
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
        due: day(90),
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
        what: 'Family work at home on weekday evenings',
        agency: 'child-protection',
        responsible: { userId: id(party.worker), name: 'Sari Virtanen' },
        start: day(0),
        due: day(60),
        goalIds: [],
      },
    ],
    services: [{ id: 's1', name: 'Family work', agency: 'child-protection' }],
    participants: [{ name: 'Aino', part: 'child' }],
    childView: { howFoundOut: 'Met Aino at school', view: 'Aino wants to stay in her class and see her friends.' },
    disagreements: [{ id: 'd1', topic: 'Evenings', view: 'Aino is out too late on weekdays', heldBy: 'the school' }],
    reviewOn: day(180),
  });

  async function draftPlan(team: Party[] = journeyTeam()): Promise<{ caseId: string; hash: string }> {
    const caseId = await cases.open(team);
    const started = await call('POST', `/cases/${caseId}/plan`, party.worker, { childDateOfBirth: fourteen });
    expect(started.status).toBe(201);
    const saved = await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 1 },
      content: content(),
    });
    expect(saved.status).toBe(200);
    return { caseId, hash: saved.body.open.contentHash };
  }
  const putToSigning = (caseId: string, version = 1) =>
    call('POST', `/cases/${caseId}/plan/versions/${version}/sign-off`, party.worker, {});
  const answer = (caseId: string, who: Party, contentHash: string, answerWith = 'sign', remark?: string, version = 1) =>
    call('POST', `/cases/${caseId}/plan/versions/${version}/answers`, who, { answer: answerWith, contentHash, remark });

  it('starts one plan per case, by its responsible social worker, blank', async () => {
    const caseId = await cases.open(journeyTeam());
    const started = await call('POST', `/cases/${caseId}/plan`, party.worker, { childDateOfBirth: fourteen });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      caseId,
      inForce: null,
      open: { version: 1, status: 'draft', revision: 1, content: { goals: [] } },
    });
    expect((await call('POST', `/cases/${caseId}/plan`, party.worker, { childDateOfBirth: null })).body.code).toBe(
      'plan_already_exists',
    );
    expect((await call('POST', `/cases/${caseId}/plan`, party.teacher, { childDateOfBirth: null })).status).toBe(403);
    expect((await call('GET', `/cases/${caseId}/plan`, party.outsider)).body.code).toBe('case_not_found');
    expect(await outbox(caseId)).toEqual(['PlanDraftStarted.v1']);
  }, 30_000);

  it('refuses bad input with the field named, a review more than 12 months ahead, and a stale revision, changing nothing', async () => {
    const { caseId, hash } = await draftPlan();
    const bad = await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 2 },
      content: { ...content(), goals: [{ id: 'g1', professional: '', childWords: null, needIds: [] }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('validation_failed');
    const far = await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 2 },
      content: { ...content(), reviewOn: day(400) },
    });
    expect(far.body.code).toBe('plan_review_date_invalid');
    const stale = await call('PUT', `/cases/${caseId}/plan/draft`, party.teacher, {
      base: { version: 1, revision: 1 },
      content: { ...content(), needs: [], goals: [{ ...content().goals[0]!, needIds: [] }] },
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'plan_revision_conflict', current: { version: 1, revision: 2 } });
    const now = await call('GET', `/cases/${caseId}/plan`, party.worker);
    expect(now.body.open).toMatchObject({ revision: 2, contentHash: hash });
  }, 30_000);

  it('derives the signatories, counts signatures given at the same moment, refuses a second one and a stale hash, and brings the version into force', async () => {
    const { caseId, hash } = await draftPlan();
    const opened = await putToSigning(caseId);
    expect(opened.status).toBe(200);
    expect(opened.body.open.round.signatories.map((s: { userId: string; part: string }) => [s.userId, s.part])).toEqual([
      [id(party.worker), 'signs'],
      [id(party.teacher), 'signs'],
      [id(party.nurse), 'signs'],
      [id(party.mother), 'signs'],
      [id(party.foster), 'signs'],
      [id(party.aino), 'comments'],
    ]);
    expect((await answer(caseId, party.mother, 'f'.repeat(64))).body).toMatchObject({
      code: 'plan_content_hash_stale',
      currentHash: hash,
    });

    const together = await Promise.all([party.teacher, party.nurse, party.mother].map((who) => answer(caseId, who, hash)));
    expect(together.map((answered) => answered.status)).toEqual([200, 200, 200]);
    expect((await answer(caseId, party.mother, hash)).body.code).toBe('plan_signature_already_given');
    expect((await answer(caseId, party.clinician, hash)).status).toBe(404); // not on the care team: no such case for them
    const commented = await answer(caseId, party.aino, hash, 'comment', 'I like the support lessons.');
    expect(commented.status).toBe(200);
    await answer(caseId, party.foster, hash);
    const last = await answer(caseId, party.worker, hash);
    expect(last.body).toMatchObject({ open: null, inForce: { version: 1, status: 'in-force', contentHash: hash } });
    expect(last.body.inForce.signatureRecord).toHaveLength(6);
    expect(last.body.inForce.signatureRecord.every((record: { contentHash: string }) => record.contentHash === hash)).toBe(true);
    const events = await outbox(caseId);
    expect(events.filter((event) => event === 'PlanVersionSigned.v1')).toHaveLength(6);
    expect(events.at(-1)).toBe('PlanVersionSignedOff.v1');
  }, 30_000);

  it('refuses a signature racing an edit for its stale hash; a decline sends the version back to draft for everyone to see', async () => {
    const { caseId, hash } = await draftPlan();
    await putToSigning(caseId);
    await answer(caseId, party.teacher, hash);
    const edited = await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 2 },
      content: { ...content(), services: [] },
    });
    expect(edited.body.open).toMatchObject({ status: 'draft', revision: 3 });
    const late = await answer(caseId, party.mother, hash);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'plan_content_hash_stale', currentHash: edited.body.open.contentHash });
    const newHash = edited.body.open.contentHash as string;
    expect((await answer(caseId, party.mother, newHash)).body.code).toBe('plan_version_not_in_signing');

    await putToSigning(caseId);
    const declined = await answer(caseId, party.mother, newHash, 'decline', 'The evenings are not as the school says.');
    expect(declined.body.open).toMatchObject({ status: 'draft' });
    expect(declined.body.open.signatureRecord.at(-1)).toMatchObject({
      decision: 'declined',
      remark: 'The evenings are not as the school says.',
      round: 3 - 1,
    });
    expect((await answer(caseId, party.nurse, newHash)).body.code).toBe('plan_version_not_in_signing');
    expect(await outbox(caseId)).toContain('PlanVersionDeclined.v1');

    const again = await putToSigning(caseId);
    expect(again.body.open.round.number).toBe(3);
    for (const who of [party.worker, party.teacher, party.nurse, party.mother, party.foster]) await answer(caseId, who, newHash);
    const final = await call('GET', `/cases/${caseId}/plan`, party.mother);
    expect(final.body.inForce).toMatchObject({ version: 1, contentHash: newHash });
  }, 30_000);

  it("opens a new version for a substantive change while the version in force stays; the author's typo fix stays in the version", async () => {
    const { caseId, hash } = await draftPlan();
    await putToSigning(caseId);
    for (const who of [party.worker, party.teacher, party.nurse, party.mother, party.foster]) await answer(caseId, who, hash);

    const typo = content();
    typo.actions[2]!.what = 'Family work at home on weekday evening';
    const fixed = await call('PUT', `/cases/${caseId}/plan/draft`, party.worker, {
      base: { version: 1, revision: 2 },
      content: typo,
    });
    expect(fixed.body).toMatchObject({ open: null, inForce: { version: 1, revision: 3, signedContentHash: hash } });

    const changed = structuredClone(typo);
    changed.actions[1] = { ...changed.actions[1]!, what: 'Weekly visits to the youth psychiatry clinic', due: day(150) };
    const next = await call('PUT', `/cases/${caseId}/plan/draft`, party.nurse, {
      base: { version: 1, revision: 3 },
      content: changed,
    });
    expect(next.status).toBe(200);
    expect(next.body).toMatchObject({
      inForce: { version: 1, status: 'in-force' },
      open: { version: 2, status: 'draft', revision: 1 },
    });

    const diff = await call('GET', `/cases/${caseId}/plan/diff?fromVersion=1&toVersion=2`, party.worker);
    expect(diff.body.differences).toEqual([
      {
        section: 'actions',
        itemId: 'a-psy',
        change: 'reworded',
        field: 'what',
        before: 'Monthly visits to the youth psychiatry nurse',
        after: 'Weekly visits to the youth psychiatry clinic',
      },
      { section: 'actions', itemId: 'a-psy', change: 'changed', field: 'due', before: day(120), after: day(150) },
    ]);
    // The school, without the family's consent to health information, is told nothing of the psychiatry action.
    expect((await call('GET', `/cases/${caseId}/plan/diff?fromVersion=1&toVersion=2`, party.teacher)).body.differences).toEqual(
      [],
    );

    await putToSigning(caseId, 2);
    const v2 = (await call('GET', `/cases/${caseId}/plan`, party.worker)).body.open;
    for (const who of [party.worker, party.teacher, party.nurse, party.mother])
      await answer(caseId, who, v2.contentHash, 'sign', undefined, 2);
    expect((await call('GET', `/cases/${caseId}/plan`, party.worker)).body.inForce.version).toBe(1); // until the last signature
    const signed = await answer(caseId, party.foster, v2.contentHash, 'sign', undefined, 2);
    expect(signed.body).toMatchObject({ open: null, inForce: { version: 2 } });
    const first = await call('GET', `/cases/${caseId}/plan/versions/1`, party.worker);
    expect(first.body).toMatchObject({
      status: 'superseded',
      revisions: [{ revision: 1 }, { revision: 2 }, { revision: 3, substantive: false }],
    });
  }, 30_000);

  it('does not ask a member who left the care team to sign a new version', async () => {
    const { caseId, hash } = await draftPlan();
    await cases.remove(caseId, party.foster);
    const opened = await putToSigning(caseId);
    expect(opened.body.open.round.signatories.map((s: { userId: string }) => s.userId)).not.toContain(id(party.foster));
    expect((await answer(caseId, party.foster, hash)).status).toBe(404);
  }, 30_000);

  it('shows the school its own actions and health only by consent, the family the whole plan; every read audited with its classes', async () => {
    const { caseId } = await draftPlan();
    const actionsOf = async (who: Party) =>
      ((await call('GET', `/cases/${caseId}/plan`, who)).body.open.content.actions as Array<{ id: string }>).map(
        (action) => action.id,
      );
    expect(await actionsOf(party.teacher)).toEqual(['a-school']);
    expect(await actionsOf(party.mother)).toEqual(['a-school', 'a-psy', 'a-cp']);
    expect(await actionsOf(party.worker)).toEqual(['a-school', 'a-psy', 'a-cp']);
    expect(await actionsOf(party.nurse)).toEqual(['a-psy']);
    await cases.consent(caseId, 'health', 'school');
    expect(await actionsOf(party.teacher)).toEqual(['a-school', 'a-psy']);

    const records = await service.app.get(AuditLog).forCase(caseId);
    const teacherReads = records
      .filter((record) => record.actor.userId === id(party.teacher))
      .map((record) => record.informationClass);
    expect(teacherReads.sort()).toEqual(['health', 'school', 'school', 'shared-plan', 'shared-plan']);
    const motherReads = records
      .filter((record) => record.actor.userId === id(party.mother))
      .map((record) => record.informationClass);
    expect(motherReads.sort()).toEqual(['child-protection', 'health', 'school', 'shared-plan']);
  }, 30_000);

  it('lets the responsible agency move an action of the plan in force, as an event', async () => {
    const { caseId, hash } = await draftPlan();
    expect(
      (await call('POST', `/cases/${caseId}/plan/actions/a-psy/updates`, party.nurse, { status: 'ongoing' })).body.code,
    ).toBe('plan_action_not_found'); // nothing in force yet
    await putToSigning(caseId);
    for (const who of [party.worker, party.teacher, party.nurse, party.mother, party.foster]) await answer(caseId, who, hash);
    const moved = await call('POST', `/cases/${caseId}/plan/actions/a-psy/updates`, party.nurse, {
      status: 'ongoing',
      note: 'First visit held',
    });
    expect(moved.body).toMatchObject({ actionId: 'a-psy', status: 'ongoing', overdue: false });
    expect((await call('POST', `/cases/${caseId}/plan/actions/a-psy/updates`, party.teacher, { status: 'done' })).body.code).toBe(
      'plan_action_not_found',
    ); // the school does not see a psychiatry action without consent
    expect((await call('POST', `/cases/${caseId}/plan/actions/a-cp/updates`, party.mother, { status: 'done' })).status).toBe(404);
    expect((await call('POST', `/cases/${caseId}/plan/actions/a-school/updates`, party.nurse, { status: 'done' })).status).toBe(
      404,
    );
    const plan = await call('GET', `/cases/${caseId}/plan`, party.worker);
    expect(plan.body.actions).toContainEqual(
      expect.objectContaining({ actionId: 'a-psy', status: 'ongoing', note: 'First visit held' }),
    );
    expect(await outbox(caseId)).toContain('PlanActionUpdated.v1');
    // The hash the parties signed does not move with an action's progress.
    expect(plan.body.inForce.contentHash).toBe(hash);
  }, 30_000);
});
