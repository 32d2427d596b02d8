import { AuditLog } from '@yhdessa/audit';
import { CareTeamAccess } from '@yhdessa/care-team';
import { ConsentAccess } from '@yhdessa/consent';
import type { CaseStateConsentV1 } from '@yhdessa/contracts';
import type { Type } from '@nestjs/common';
import { finnishDate, newId, routeSchemas } from '@yhdessa/platform';
import { claims, expectEventually, fetchToken, type Answer, type ServiceFixture } from '@yhdessa/testing';
import { DataSource } from 'typeorm';
import type { AssessmentConfig } from '../src/assessment.config.js';
import { AssessmentController, AssessmentHomeController } from '../src/assessment/assessment.controller.js';
import { ContributionController } from '../src/contribution/contribution.controller.js';
import { FrameController } from '../src/frame/frame.controller.js';
import { SynthesisController } from '../src/synthesis/synthesis.controller.js';
import { CaseStateProducer, type TestMember } from './case-state.producer.js';
import { startAssessment } from './assessment.fixture.js';

/**
 * Journey 2's assessment through the API, on the real PostgreSQL, Kafka, Redis and Keycloak: Aino's
 * worker invites the care team, each gives a view without seeing the others first, the school sees the
 * psychiatry nurse's view only while the mother's consent lasts, the child's answer that she is not
 * safe is raised at once, and the synthesis keeps the disagreement about the evenings.
 */

const people = [
  'sari.virtanen',
  'anna.laine',
  'hanna.makinen',
  'liisa.aalto',
  'aino.aalto',
  'riitta.hakala',
  'jukka.lehto',
  'ville.heikkinen',
  'markku.salo',
] as const;
type Person = (typeof people)[number];

const inDays = (days: number) => finnishDate(new Date(Date.now() + days * 86_400_000));
const PROJECTED_WITHIN_MS = 20_000;

describe('assessment: start, views, visibility, synthesis', () => {
  let service: ServiceFixture<AssessmentConfig>;
  let dataSource: DataSource;
  let caseState: CaseStateProducer;
  const tokens = {} as Record<Person, string>;
  const id = (who: Person) => claims(tokens[who]).sub;
  const call = (method: string, path: string, who: Person, body?: unknown): Promise<Answer> =>
    service.call(method, path, tokens[who], body);

  const team = (): TestMember[] => [
    {
      token: tokens['sari.virtanen'],
      agency: 'child-protection',
      participantKind: 'professional',
      roleInCase: 'responsible social worker',
    },
    { token: tokens['anna.laine'], agency: 'school', participantKind: 'professional', roleInCase: 'class teacher' },
    {
      token: tokens['hanna.makinen'],
      agency: 'psychiatry',
      participantKind: 'professional',
      roleInCase: 'youth psychiatry nurse',
    },
    { token: tokens['liisa.aalto'], agency: 'family', participantKind: 'guardian', roleInCase: 'mother' },
    { token: tokens['aino.aalto'], agency: 'family', participantKind: 'child', roleInCase: 'the child' },
    { token: tokens['riitta.hakala'], agency: 'family', participantKind: 'foster-carer', roleInCase: 'foster carer' },
  ];
  const healthToSchool = (withdrawnAt: string | null): CaseStateConsentV1 => ({
    consentId: consentId,
    informationClass: 'health',
    toAgency: 'school',
    validFrom: inDays(-1),
    validUntil: inDays(90),
    withdrawnAt,
  });

  let caseId: string;
  let consentId: string;

  /** A case the service knows: its care team projected, and the mother's consent to show health information to the school. */
  async function knownCase(): Promise<string> {
    const newCase = newId();
    consentId = newId();
    await caseState.publish(newCase, team(), [healthToSchool(null)]);
    const careTeam = service.app.get(CareTeamAccess);
    const consents = service.app.get(ConsentAccess);
    await expectEventually(async () => {
      expect(await careTeam.isMember(newCase, id('aino.aalto'))).toBe(true);
      expect(await consents.allows(newCase, 'school', 'health')).toBe(true);
    }, PROJECTED_WITHIN_MS);
    return newCase;
  }

  const outbox = async (eventName: string, assessmentId: string) =>
    (
      await dataSource.query(
        "SELECT envelope FROM outbox WHERE event_name = $1 AND envelope->'payload'->>'assessmentId' = $2 ORDER BY seq",
        [eventName, assessmentId],
      )
    ).map((row: { envelope: { payload: Record<string, unknown> } }) => row.envelope);

  const startFor = (kase: string, invitees: Person[], extra: object = {}) =>
    call('POST', `/cases/${kase}/assessments`, 'sari.virtanen', {
      kind: 'service-needs',
      invitations: invitees.map((who) => ({ userId: id(who), dueOn: inDays(14) })),
      ...extra,
    });

  const answers = (domains: Record<string, object>, frameVersion = 1) => ({ frameVersion, domains });
  const base = (assessmentId: string) => `/cases/${caseId}/assessments/${assessmentId}`;
  const saveOwn = (assessmentId: string, who: Person, expectedVersion: number, domains: Record<string, object>) =>
    call('PUT', `${base(assessmentId)}/contributions/mine`, who, { expectedVersion, answers: answers(domains) });
  const submitOwn = (assessmentId: string, who: Person, expectedVersion: number) =>
    call('POST', `${base(assessmentId)}/contributions/mine/submit`, who, { expectedVersion });
  const giveView = async (assessmentId: string, who: Person, domains: Record<string, object>) => {
    const saved = await saveOwn(assessmentId, who, 0, domains);
    expect(saved.status).toBe(200);
    const submitted = await submitOwn(assessmentId, who, saved.body.version);
    expect(submitted.status).toBe(200);
    return submitted.body;
  };
  const matrix = (assessmentId: string, who: Person) => call('GET', `${base(assessmentId)}/matrix`, who);
  const viewersIn = async (assessmentId: string, who: Person): Promise<string[]> => {
    const answer = await matrix(assessmentId, who);
    expect(answer.status).toBe(200);
    return answer.body.views.map((view: { displayName: string }) => view.displayName).sort();
  };

  let assessmentId: string;
  let invitationOf: Record<string, string>;

  beforeAll(async () => {
    service = await startAssessment('yhdessa_test_assessment_api');
    dataSource = service.app.get(DataSource);
    for (const who of people) tokens[who] = await fetchToken(who);
    caseState = await CaseStateProducer.connect();
    caseId = await knownCase();
  }, 120_000);

  afterAll(async () => {
    await caseState?.disconnect();
    await service?.close();
  });

  it('lets the responsible worker start an assessment inviting five members of the care team, as events', async () => {
    const started = await startFor(caseId, ['anna.laine', 'hanna.makinen', 'liisa.aalto', 'aino.aalto', 'riitta.hakala']);
    expect(started.status).toBe(201);
    assessmentId = started.body.assessmentId;
    expect(started.body).toMatchObject({
      caseId,
      kind: 'service-needs',
      status: 'open',
      blindUntilSubmitted: true,
      lead: { userId: id('sari.virtanen') },
      frame: { key: 'wellbeing-star', version: 1 },
    });
    expect(started.body.frame.domains).toHaveLength(8);
    invitationOf = Object.fromEntries(
      started.body.invitations.map((invitation: { userId: string; invitationId: string }) => [
        invitation.userId,
        invitation.invitationId,
      ]),
    );
    expect(
      started.body.invitations.map((invitation: { agency: string; informationClass: string; progress: string }) => [
        invitation.agency,
        invitation.informationClass,
        invitation.progress,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['school', 'school', 'not-started'],
        ['psychiatry', 'health', 'not-started'],
        ['family', 'shared-plan', 'not-started'],
      ]),
    );
    expect(await outbox('AssessmentStarted.v1', assessmentId)).toHaveLength(1);
    const invited = await outbox('AssessmentParticipantInvited.v1', assessmentId);
    expect(invited.map((event: { payload: { inviteeUserId: string } }) => event.payload.inviteeUserId).sort()).toEqual(
      (['anna.laine', 'hanna.makinen', 'liisa.aalto', 'aino.aalto', 'riitta.hakala'] as Person[]).map(id).sort(),
    );

    const mine = await call('GET', '/invitations/mine', 'anna.laine');
    expect(mine.status).toBe(200);
    expect(mine.body).toContainEqual(
      expect.objectContaining({
        assessmentId,
        caseId,
        progress: 'not-started',
        overdue: false,
        leadName: claims(tokens['sari.virtanen']).name,
      }),
    );
  }, 60_000);

  it('refuses to invite anyone off the care team, a start by a teacher, and a case the caller has no part in; nothing is written', async () => {
    const before = await dataSource.query('SELECT count(*)::int AS n FROM assessment WHERE case_id = $1', [caseId]);
    const stranger = await startFor(caseId, ['anna.laine', 'ville.heikkinen']);
    expect(stranger.status).toBe(400);
    expect(stranger.body.code).toBe('invitee_not_on_care_team');
    expect(stranger.body.errors).toEqual([{ path: 'invitations.1.userId', message: 'not on the care team' }]);
    const byTeacher = await call('POST', `/cases/${caseId}/assessments`, 'anna.laine', {
      kind: 'service-needs',
      invitations: [{ userId: id('liisa.aalto'), dueOn: inDays(3) }],
    });
    expect(byTeacher.status).toBe(403);
    expect(byTeacher.body.code).toBe('role_required');
    const offCase = await call('GET', `/cases/${caseId}/assessments`, 'jukka.lehto');
    expect(offCase.status).toBe(404);
    expect(offCase.body.code).toBe('case_not_found');
    const badFrame = await startFor(caseId, ['anna.laine'], { frameKey: 'no-such-frame' });
    expect(badFrame.status).toBe(400);
    expect(badFrame.body.errors).toEqual([{ path: 'frameKey', message: 'no such frame' }]);
    const after = await dataSource.query('SELECT count(*)::int AS n FROM assessment WHERE case_id = $1', [caseId]);
    expect(after[0].n).toBe(before[0].n);
  }, 30_000);

  it('refuses bad answers with the field named and keeps a draft safe from a lost update (409 with the current version)', async () => {
    const tooHigh = await saveOwn(assessmentId, 'anna.laine', 0, { health: { score: 6 } });
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.errors.map((error: { path: string }) => error.path)).toEqual(['answers.domains.health.score']);
    const unknown = await saveOwn(assessmentId, 'anna.laine', 0, { hobbies: { score: 3 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.map((error: { path: string }) => error.path)).toEqual(['answers.domains.hobbies']);
    const otherFrame = await call('PUT', `${base(assessmentId)}/contributions/mine`, 'anna.laine', {
      expectedVersion: 0,
      answers: answers({ health: { score: 3 } }, 2),
    });
    expect(otherFrame.status).toBe(400);
    expect(otherFrame.body.errors.map((error: { path: string }) => error.path)).toEqual(['answers.frameVersion']);
    const long = await saveOwn(assessmentId, 'anna.laine', 0, { health: { text: 'x'.repeat(4001) } });
    expect(long.status).toBe(400);
    expect(long.body.errors.map((error: { path: string }) => error.path)).toEqual(['answers.domains.health.text']);

    const first = await saveOwn(assessmentId, 'anna.laine', 0, {
      'learning-and-school': { score: 3, text: 'Absent on Mondays' },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ version: 1, submittedAt: null, informationClass: 'school' });

    // Two tabs autosave the same version at once: one wins, the other learns the current version.
    const [a, b] = await Promise.all([
      saveOwn(assessmentId, 'anna.laine', 1, { 'everyday-life-and-care': { score: 2, concerns: 'Tired every morning' } }),
      saveOwn(assessmentId, 'anna.laine', 1, { 'everyday-life-and-care': { score: 4 } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const lost = a.status === 409 ? a : b;
    expect(lost.body).toMatchObject({ code: 'contribution_version_conflict', currentVersion: 2 });

    const latest = await saveOwn(assessmentId, 'anna.laine', lost.body.currentVersion, {
      'learning-and-school': { score: 3, text: 'Absent on Mondays' },
      'everyday-life-and-care': { score: 2, concerns: 'Tired every morning' },
    });
    expect(latest.status).toBe(200);
    const own = await call('GET', `${base(assessmentId)}/contributions/mine`, 'anna.laine');
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ version: 3, answers: { domains: { 'everyday-life-and-care': { score: 2 } } } });

    const notInvited = await saveOwn(assessmentId, 'sari.virtanen', 0, { health: { score: 3 } });
    expect(notInvited.status).toBe(403);
    expect(notInvited.body.code).toBe('not_invited_to_assessment');
  }, 30_000);

  it('shows the lead who has a draft but never its content, and keeps invitees blind until they submit', async () => {
    const overview = await call('GET', base(assessmentId), 'sari.virtanen');
    expect(overview.status).toBe(200);
    const anna = overview.body.invitations.find((invitation: { userId: string }) => invitation.userId === id('anna.laine'));
    expect(anna).toMatchObject({ progress: 'draft', submittedAt: null });
    expect(JSON.stringify(overview.body)).not.toContain('Tired every morning');
    expect(await viewersIn(assessmentId, 'sari.virtanen')).toEqual([]);

    await giveView(assessmentId, 'riitta.hakala', {
      'everyday-life-and-care': { score: 5, strengths: 'Calm evenings at home' },
      health: { score: 4 },
    });
    // Anna has not submitted: she sees nobody's view, the foster carer's included.
    expect(await viewersIn(assessmentId, 'anna.laine')).toEqual([]);
    expect(await viewersIn(assessmentId, 'sari.virtanen')).toEqual([claims(tokens['riitta.hakala']).name]);
  }, 30_000);

  it('submits once: a second submission and a draft after it are refused, and a correction is a visible addendum', async () => {
    const own = await call('GET', `${base(assessmentId)}/contributions/mine`, 'anna.laine');
    const submitted = await submitOwn(assessmentId, 'anna.laine', own.body.version);
    expect(submitted.status).toBe(200);
    expect(submitted.body.submittedAt).not.toBeNull();

    const again = await submitOwn(assessmentId, 'anna.laine', submitted.body.version);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('contribution_already_submitted');
    const draftAfter = await saveOwn(assessmentId, 'anna.laine', submitted.body.version, { health: { score: 1 } });
    expect(draftAfter.status).toBe(409);
    expect(draftAfter.body.code).toBe('contribution_already_submitted');

    const addendum = await call(
      'POST',
      `${base(assessmentId)}/contributions/${invitationOf[id('anna.laine')]}/addenda`,
      'anna.laine',
      {
        text: 'Mondays are better since February.',
      },
    );
    expect(addendum.status).toBe(201);
    expect(addendum.body.addenda).toEqual([expect.objectContaining({ text: 'Mondays are better since February.' })]);
    const byOther = await call(
      'POST',
      `${base(assessmentId)}/contributions/${invitationOf[id('anna.laine')]}/addenda`,
      'liisa.aalto',
      {
        text: 'Not mine to add.',
      },
    );
    expect(byOther.status).toBe(403);
    expect(await outbox('AssessmentContributionAmended.v1', assessmentId)).toHaveLength(1);
    const stored = await dataSource.query('SELECT answers FROM assessment_invitation WHERE id = $1', [
      invitationOf[id('anna.laine')],
    ]);
    expect(stored[0].answers.domains['health']).toBeUndefined();

    // Now Anna sees the foster carer's view: she has given her own.
    expect(await viewersIn(assessmentId, 'anna.laine')).toEqual(
      [claims(tokens['anna.laine']).name, claims(tokens['riitta.hakala']).name].sort(),
    );
  }, 30_000);

  it("shows the school the psychiatry nurse's view only while the mother's consent lasts, and records each read with its class", async () => {
    await giveView(assessmentId, 'hanna.makinen', { health: { score: 2, concerns: 'Sleep problems, follow-up in April' } });
    const nurse = claims(tokens['hanna.makinen']).name;
    expect(await viewersIn(assessmentId, 'anna.laine')).toContain(nurse);

    const audit = service.app.get(AuditLog);
    await audit.drained();
    const records = await audit.forCase(caseId);
    expect(records).toContainEqual(
      expect.objectContaining({
        actor: expect.objectContaining({ userId: id('anna.laine') }),
        resource: 'assessment-contribution',
        informationClass: 'health',
      }),
    );
    expect(records).toContainEqual(
      expect.objectContaining({ actor: expect.objectContaining({ userId: id('anna.laine') }), resource: 'assessment-matrix' }),
    );

    await caseState.publish(caseId, team(), [healthToSchool(new Date().toISOString())]);
    await expectEventually(
      async () => expect(await viewersIn(assessmentId, 'anna.laine')).not.toContain(nurse),
      PROJECTED_WITHIN_MS,
      200,
    );
    // The lead keeps seeing it: child protection sees every class.
    expect(await viewersIn(assessmentId, 'sari.virtanen')).toContain(nurse);
  }, 60_000);

  it("raises the child's answer that she does not feel safe at once, once, to the lead's home as urgent", async () => {
    const draft = await saveOwn(assessmentId, 'aino.aalto', 0, { safety: { score: 1, text: 'En halua sanoa' } });
    expect(draft.status).toBe(200);
    const raised = await outbox('ChildSafetyConcernRaised.v1', assessmentId);
    expect(raised).toHaveLength(1);
    expect(raised[0].payload).toMatchObject({
      invitationId: invitationOf[id('aino.aalto')],
      responsibleWorkerId: id('sari.virtanen'),
      reasons: ['lowest-safety-score'],
    });
    expect(JSON.stringify(raised[0])).not.toContain('En halua sanoa');
    const again = await saveOwn(assessmentId, 'aino.aalto', 1, {
      safety: { score: 1, text: 'Pelottaa' },
      'own-wishes': { score: 4 },
    });
    expect(again.status).toBe(200);
    expect(await outbox('ChildSafetyConcernRaised.v1', assessmentId)).toHaveLength(1);
    const submitted = await submitOwn(assessmentId, 'aino.aalto', 2);
    expect(submitted.status).toBe(200);

    const home = await call('GET', '/assessments/led-by-me', 'sari.virtanen');
    expect(home.status).toBe(200);
    expect(home.body).toContainEqual(expect.objectContaining({ assessmentId, safetyConcern: true, invited: 5, submitted: 4 }));
  }, 30_000);

  it('records the child’s view with the child, marked by whom and how it was found out; only for the child', async () => {
    const second = await startFor(caseId, ['aino.aalto', 'riitta.hakala'], { kind: 'reassessment', blindUntilSubmitted: false });
    expect(second.status).toBe(201);
    const ids = Object.fromEntries(
      second.body.invitations.map((invitation: { userId: string; invitationId: string }) => [
        invitation.userId,
        invitation.invitationId,
      ]),
    );
    const path = (invitationId: string) =>
      `/cases/${caseId}/assessments/${second.body.assessmentId}/invitations/${invitationId}/recorded-view`;
    const body = {
      expectedVersion: 0,
      answers: answers({ 'own-wishes': { score: 5, text: 'I want to stay in this class' } }),
      howFoundOut: 'Talked at her foster home, with pictures of the faces',
    };
    const notChild = await call('POST', path(ids[id('riitta.hakala')]), 'sari.virtanen', body);
    expect(notChild.status).toBe(409);
    expect(notChild.body.code).toBe('not_a_child_invitation');
    const byTeacher = await call('POST', path(ids[id('aino.aalto')]), 'anna.laine', body);
    expect(byTeacher.status).toBe(403);
    const recorded = await call('POST', path(ids[id('aino.aalto')]), 'sari.virtanen', body);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({
      submittedAt: expect.any(String),
      recordedBy: { userId: id('sari.virtanen'), how: 'Talked at her foster home, with pictures of the faces' },
    });
    const event = await outbox('AssessmentContributionSubmitted.v1', second.body.assessmentId);
    expect(event[0].payload.recordedByUserId).toBe(id('sari.virtanen'));
  }, 30_000);

  it('keeps the disagreement about the evenings in the synthesis, completes it with the needs, and then nothing more changes', async () => {
    const lead = await matrix(assessmentId, 'sari.virtanen');
    const evenings = lead.body.domains.find((domain: { domain: string }) => domain.domain === 'everyday-life-and-care');
    const annaId = invitationOf[id('anna.laine')]!;
    const riittaId = invitationOf[id('riitta.hakala')]!;
    expect(evenings.disagreement).toMatchObject({ spread: 3, opposite: true, low: [annaId], high: [riittaId] });
    expect(lead.body.synthesis).toEqual({ version: 0, draft: null });
    expect((await matrix(assessmentId, 'anna.laine')).body.synthesis).toBeNull();

    const smoothed = {
      domains: [{ domain: 'everyday-life-and-care', agreements: 'Aino is doing fine.' }],
      familySummary: 'Aino is doing fine.',
      needs: [{ text: 'Calm evenings', domains: ['everyday-life-and-care'], fromInvitations: [annaId, riittaId] }],
    };
    const saved = await call('PUT', `${base(assessmentId)}/synthesis`, 'sari.virtanen', {
      expectedVersion: 0,
      synthesis: smoothed,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.version).toBe(1);
    const stale = await call('PUT', `${base(assessmentId)}/synthesis`, 'sari.virtanen', {
      expectedVersion: 0,
      synthesis: smoothed,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'synthesis_version_conflict', currentVersion: 1 });
    const refused = await call('POST', `${base(assessmentId)}/complete`, 'sari.virtanen', { expectedVersion: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'synthesis_disagreement_not_kept', domains: ['everyday-life-and-care'] });
    expect(await outbox('AssessmentCompleted.v1', assessmentId)).toHaveLength(0);

    const byOther = await call('PUT', `${base(assessmentId)}/synthesis`, 'anna.laine', {
      expectedVersion: 1,
      synthesis: smoothed,
    });
    expect(byOther.status).toBe(403);

    const kept = {
      ...smoothed,
      domains: [
        {
          domain: 'everyday-life-and-care',
          agreements: 'Mornings at school start late.',
          disagreements: [
            { text: 'The school sees tired evenings; the foster family sees calm ones.', views: [annaId, riittaId] },
          ],
          childView: 'Aino says evenings are fine.',
        },
      ],
      familySummary: 'We agree that mornings are hard. The school and the foster family see the evenings differently.',
    };
    const resaved = await call('PUT', `${base(assessmentId)}/synthesis`, 'sari.virtanen', {
      expectedVersion: 1,
      synthesis: kept,
    });
    expect(resaved.status).toBe(200);
    const completed = await call('POST', `${base(assessmentId)}/complete`, 'sari.virtanen', { expectedVersion: 2 });
    expect(completed.status).toBe(200);
    const [event] = await outbox('AssessmentCompleted.v1', assessmentId);
    expect(event.payload).toMatchObject({
      kind: 'service-needs',
      needs: [
        {
          needId: expect.any(String),
          text: 'Calm evenings',
          domains: ['everyday-life-and-care'],
          fromInvitations: [annaId, riittaId],
        },
      ],
    });

    const lateView = await saveOwn(assessmentId, 'liisa.aalto', 0, { health: { score: 3 } });
    expect(lateView.status).toBe(409);
    expect(lateView.body.code).toBe('assessment_already_completed');
    expect((await call('POST', `${base(assessmentId)}/complete`, 'sari.virtanen', { expectedVersion: 2 })).body.code).toBe(
      'assessment_already_completed',
    );

    const copy = await call('GET', `${base(assessmentId)}/family-copy`, 'liisa.aalto');
    expect(copy.status).toBe(200);
    expect(copy.body).toMatchObject({
      familySummary: kept.familySummary,
      childView: [{ domain: 'everyday-life-and-care', text: 'Aino says evenings are fine.' }],
      needs: [{ text: 'Calm evenings', domains: ['everyday-life-and-care'] }],
    });
    expect((await call('GET', `${base(assessmentId)}/family-copy`, 'ville.heikkinen')).status).toBe(404);
  }, 60_000);

  it('lets a region define its own frame, validated and versioned; an assessment keeps the version it started with', async () => {
    const key = `region-${newId().slice(-8)}`;
    const frames = await call('GET', '/frames', 'anna.laine');
    const wellbeing = frames.body[0];
    const definition = { key, region: 'Pirkanmaa', title: wellbeing.title, domains: wellbeing.domains.slice(0, 4) };
    const first = await call('POST', '/frames', 'markku.salo', definition);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ key, version: 1, region: 'Pirkanmaa' });
    const noSafety = await call('POST', '/frames', 'markku.salo', {
      ...definition,
      domains: wellbeing.domains.filter((domain: { key: string }) => domain.key !== 'safety'),
    });
    expect(noSafety.status).toBe(400);
    expect(noSafety.body.errors.map((error: { path: string }) => error.path)).toEqual(['domains']);
    expect((await call('POST', '/frames', 'anna.laine', definition)).body.code).toBe('role_required');
    expect((await call('POST', '/frames', 'markku.salo', { ...definition, key: 'wellbeing-star' })).body.code).toBe(
      'frame_key_reserved',
    );

    const started = await startFor(caseId, ['anna.laine'], { kind: 'reassessment', frameKey: key });
    expect(started.status).toBe(201);
    expect(started.body.frame).toMatchObject({ key, version: 1 });
    expect(started.body.frame.domains).toHaveLength(4);
    const second = await call('POST', '/frames', 'markku.salo', { ...definition, domains: wellbeing.domains });
    expect(second.body.version).toBe(2);
    const kept = await call('GET', `/cases/${caseId}/assessments/${started.body.assessmentId}`, 'sari.virtanen');
    expect(kept.body.frame).toMatchObject({ key, version: 1 });
    const onOldVersion = await call(
      'PUT',
      `/cases/${caseId}/assessments/${started.body.assessmentId}/contributions/mine`,
      'anna.laine',
      {
        expectedVersion: 0,
        answers: answers({ 'own-wishes': { score: 3 } }),
      },
    );
    expect(onOldVersion.status).toBe(400);
    expect(onOldVersion.body.errors.map((error: { path: string }) => error.path)).toEqual(['answers.domains.own-wishes']);
  }, 30_000);

  /** The answer is exactly what the route's @Returns schema (its OpenAPI answer) describes: no field missing, none undocumented. */
  const expectDocumented = (controller: Type, handler: string, body: unknown) => {
    const schema = routeSchemas(controller, handler).response!;
    expect(schema.parse(body)).toEqual(body);
  };

  it('answers every read as its OpenAPI document describes', async () => {
    const read = async (path: string, who: Person) => {
      const answer = await call('GET', path, who);
      expect(answer.status).toBe(200);
      return answer.body;
    };
    expectDocumented(AssessmentController, 'get', await read(base(assessmentId), 'sari.virtanen'));
    expectDocumented(AssessmentController, 'list', await read(`/cases/${caseId}/assessments`, 'anna.laine'));
    expectDocumented(ContributionController, 'mine', await read(`${base(assessmentId)}/contributions/mine`, 'anna.laine'));
    expectDocumented(SynthesisController, 'matrix', await read(`${base(assessmentId)}/matrix`, 'sari.virtanen'));
    expectDocumented(SynthesisController, 'matrix', await read(`${base(assessmentId)}/matrix`, 'anna.laine'));
    expectDocumented(SynthesisController, 'familyCopy', await read(`${base(assessmentId)}/family-copy`, 'aino.aalto'));
    expectDocumented(AssessmentHomeController, 'myInvitations', await read('/invitations/mine', 'riitta.hakala'));
    expectDocumented(AssessmentHomeController, 'ledByMe', await read('/assessments/led-by-me', 'sari.virtanen'));
    expectDocumented(FrameController, 'list', await read('/frames', 'anna.laine'));
  }, 30_000);

  it('publishes its events on assessment.events: the relay marks them sent', async () => {
    await expectEventually(
      async () => {
        const unsent = await dataSource.query(
          "SELECT count(*)::int AS n FROM outbox WHERE topic = 'assessment.events' AND published_at IS NULL AND envelope->>'caseId' = $1",
          [caseId],
        );
        expect(unsent[0].n).toBe(0);
      },
      PROJECTED_WITHIN_MS,
      200,
    );
  }, 30_000);
});
