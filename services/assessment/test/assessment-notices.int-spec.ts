import { CareTeamAccess } from '@yhdessa/care-team';
import { ConsentAccess } from '@yhdessa/consent';
import { systemActor, topics, type CaseStateConsentV1, type EventName, type PayloadOf } from '@yhdessa/contracts';
import { buildEnvelope, toKafkaMessage } from '@yhdessa/messaging';
import { finnishDate, FixedClock, newId } from '@yhdessa/platform';
import { claims, connectTestProducer, expectEventually, fetchToken, type Answer, type ServiceFixture } from '@yhdessa/testing';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import type { AssessmentConfig } from '../src/assessment.config.js';
import { InvitationOverdueWatcher } from '../src/overdue/invitation-overdue.watcher.js';
import { AssessmentEventsReader } from './assessment-events.reader.js';
import { startAssessment } from './assessment.fixture.js';
import { CaseStateProducer, type TestMember } from './case-state.producer.js';

/**
 * What the assessment service tells the care team by itself, on the real PostgreSQL, Kafka, Redis and
 * Keycloak: a view late past its due date is raised once to the worker leading the assessment, from the
 * service's own clock; and a consent withdrawn is announced on `assessment.events` only once the
 * service's own reads follow it, so whoever reads again on that notice no longer sees what it hid.
 */

const people = ['sari.virtanen', 'anna.laine', 'pekka.nurmi', 'liisa.aalto', 'riitta.hakala'] as const;
type Person = (typeof people)[number];

const DAY_MS = 86_400_000;
const PROJECTED_WITHIN_MS = 20_000;

describe('assessment: overdue invitations and consent changes, told on assessment.events', () => {
  const startedAt = new Date();
  const clock = new FixedClock(startedAt);
  const inDays = (days: number) => finnishDate(new Date(startedAt.getTime() + days * DAY_MS));
  let service: ServiceFixture<AssessmentConfig>;
  let dataSource: DataSource;
  let caseState: CaseStateProducer;
  let producer: Producer;
  let reader: AssessmentEventsReader;
  const tokens = {} as Record<Person, string>;
  const id = (who: Person) => claims(tokens[who]).sub;
  const call = (method: string, path: string, who: Person, body?: unknown): Promise<Answer> =>
    service.call(method, path, tokens[who], body);

  const team = (): TestMember[] => [
    { token: tokens['sari.virtanen'], agency: 'child-protection', participantKind: 'professional', roleInCase: 'social worker' },
    { token: tokens['anna.laine'], agency: 'school', participantKind: 'professional', roleInCase: 'class teacher' },
    { token: tokens['pekka.nurmi'], agency: 'psychiatry', participantKind: 'professional', roleInCase: 'psychiatry nurse' },
    { token: tokens['liisa.aalto'], agency: 'family', participantKind: 'guardian', roleInCase: 'mother' },
    { token: tokens['riitta.hakala'], agency: 'family', participantKind: 'foster-carer', roleInCase: 'foster carer' },
  ];
  const healthToSchool = (consentId: string): CaseStateConsentV1 => ({
    consentId,
    informationClass: 'health',
    toAgency: 'school',
    validFrom: inDays(-1),
    validUntil: inDays(90),
    withdrawnAt: null,
  });

  /** A case the service knows, with the mother's consent to show health information to the school. */
  async function knownCase(consentId: string): Promise<string> {
    const caseId = newId();
    await caseState.publish(caseId, team(), [healthToSchool(consentId)]);
    await expectEventually(async () => {
      expect(await service.app.get(CareTeamAccess).isMember(caseId, id('riitta.hakala'))).toBe(true);
      expect(await service.app.get(ConsentAccess).allows(caseId, 'school', 'health')).toBe(true);
    }, PROJECTED_WITHIN_MS);
    return caseId;
  }

  /** An event on case.events as case-coordination publishes it; returns its id. */
  async function caseEvent<N extends EventName>(
    name: N,
    caseId: string,
    payload: PayloadOf<N>,
    eventId = newId(),
  ): Promise<string> {
    const envelope = buildEnvelope(name, caseId, payload, {
      id: eventId,
      occurredAt: new Date(),
      correlationId: eventId,
      causationId: null,
      actor: systemActor('case-coordination'),
    });
    await producer.send({ topic: topics.case, messages: [toKafkaMessage(caseId, name, envelope)] });
    return eventId;
  }

  const start = async (caseId: string, invitations: Array<[Person, string]>) => {
    const started = await call('POST', `/cases/${caseId}/assessments`, 'sari.virtanen', {
      kind: 'service-needs',
      invitations: invitations.map(([who, dueOn]) => ({ userId: id(who), dueOn })),
    });
    expect(started.status).toBe(201);
    return started.body as { assessmentId: string; invitations: Array<{ invitationId: string; userId: string }> };
  };
  const giveView = async (caseId: string, assessmentId: string, who: Person, domains: Record<string, object>) => {
    const base = `/cases/${caseId}/assessments/${assessmentId}/contributions/mine`;
    const saved = await call('PUT', base, who, { expectedVersion: 0, answers: { frameVersion: 1, domains } });
    expect(saved.status).toBe(200);
    expect((await call('POST', `${base}/submit`, who, { expectedVersion: saved.body.version })).status).toBe(200);
  };
  const outbox = async (
    eventName: string,
    caseId: string,
  ): Promise<Array<{ id: string; causationId: string | null; payload: Record<string, unknown> }>> =>
    (
      await dataSource.query("SELECT envelope FROM outbox WHERE event_name = $1 AND envelope->>'caseId' = $2 ORDER BY seq", [
        eventName,
        caseId,
      ])
    ).map((row: { envelope: { id: string; causationId: string | null; payload: Record<string, unknown> } }) => row.envelope);

  beforeAll(async () => {
    service = await startAssessment('yhdessa_test_assessment_notices', {
      clock,
      env: { ASSESSMENT_OVERDUE_WATCH_INTERVAL_MS: '1000' },
    });
    dataSource = service.app.get(DataSource);
    for (const who of people) tokens[who] = await fetchToken(who);
    caseState = await CaseStateProducer.connect();
    producer = await connectTestProducer('assessment-notices-test');
    reader = await AssessmentEventsReader.join();
  }, 120_000);

  afterAll(async () => {
    await reader?.disconnect();
    await producer?.disconnect();
    await caseState?.disconnect();
    await service?.close();
  }, 30_000);

  it('raises a view late past its due date once, by the service’s own clock, to the lead’s reads and home', async () => {
    clock.set(startedAt);
    const caseId = await knownCase(newId());
    const { assessmentId, invitations } = await start(caseId, [
      ['anna.laine', inDays(3)],
      ['liisa.aalto', inDays(3)],
      ['riitta.hakala', inDays(30)],
    ]);
    const invitationOf = (who: Person) => invitations.find((invitation) => invitation.userId === id(who))!.invitationId;
    await giveView(caseId, assessmentId, 'anna.laine', { 'learning-and-school': { score: 3, text: 'Poissaoloja' } });
    const watcher = service.app.get(InvitationOverdueWatcher);

    clock.set(new Date(startedAt.getTime() + 3 * DAY_MS)); // due today: not late yet
    expect(await watcher.raiseOverdue()).toBe(0);

    clock.set(new Date(startedAt.getTime() + 4 * DAY_MS)); // the day after: the mother's view is late; the watcher runs every second
    const raised = await reader.next('AssessmentInvitationOverdue', caseId);
    expect(raised.payload).toEqual({
      assessmentId,
      invitationId: invitationOf('liisa.aalto'),
      inviteeUserId: id('liisa.aalto'),
      agency: 'family',
      participantKind: 'guardian',
      dueOn: inDays(3),
      responsibleWorkerId: id('sari.virtanen'),
      raisedAt: clock.now().toISOString(),
    });
    expect(raised.actor).toEqual(systemActor('assessment'));

    // Once: more rounds of the watcher (and a direct call) raise nothing more for it.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await watcher.raiseOverdue()).toBe(0);
    expect(await outbox('AssessmentInvitationOverdue.v1', caseId)).toHaveLength(1);
    expect(reader.of('AssessmentInvitationOverdue', caseId)).toHaveLength(1);

    const assessment = await call('GET', `/cases/${caseId}/assessments/${assessmentId}`, 'sari.virtanen');
    expect(
      Object.fromEntries(
        assessment.body.invitations.map((invitation: { userId: string; overdue: boolean }) => [
          invitation.userId,
          invitation.overdue,
        ]),
      ),
    ).toEqual({ [id('anna.laine')]: false, [id('liisa.aalto')]: true, [id('riitta.hakala')]: false });
    const home = await call('GET', '/assessments/led-by-me', 'sari.virtanen');
    expect(home.body).toContainEqual(
      expect.objectContaining({
        assessmentId,
        overdue: 1,
        overdueInvitations: [
          {
            invitationId: invitationOf('liisa.aalto'),
            displayName: claims(tokens['liisa.aalto']).name,
            participantKind: 'guardian',
            dueOn: inDays(3),
          },
        ],
      }),
    );
    const mine = await call('GET', '/invitations/mine', 'liisa.aalto');
    expect(mine.body).toContainEqual(expect.objectContaining({ assessmentId, overdue: true }));

    // A late view given after all stays raised once; the next one late is raised when its day comes.
    await giveView(caseId, assessmentId, 'liisa.aalto', { 'relationships-and-family': { score: 4 } });
    clock.set(new Date(startedAt.getTime() + 40 * DAY_MS));
    expect(await watcher.raiseOverdue()).toBe(1); // the foster carer's, due on day 30
    expect((await outbox('AssessmentInvitationOverdue.v1', caseId)).map((event) => event.payload.invitationId)).toEqual([
      invitationOf('liisa.aalto'),
      invitationOf('riitta.hakala'),
    ]);
    clock.set(startedAt);
  }, 90_000);

  it('tells of a withdrawn consent only once the school’s reads have lost the nurse’s view', async () => {
    clock.set(startedAt);
    const consentId = newId();
    const caseId = await knownCase(consentId);
    const { assessmentId } = await start(caseId, [
      ['anna.laine', inDays(14)],
      ['pekka.nurmi', inDays(14)],
    ]);
    await giveView(caseId, assessmentId, 'pekka.nurmi', { health: { score: 2, concerns: 'Univaikeuksia' } });
    await giveView(caseId, assessmentId, 'anna.laine', { 'leisure-and-friends': { score: 2, text: 'Illat myöhään ulkona' } });
    const nurse = claims(tokens['pekka.nurmi']).name;
    const viewers = async (who: Person) => {
      const matrix = await call('GET', `/cases/${caseId}/assessments/${assessmentId}/matrix`, who);
      expect(matrix.status).toBe(200);
      return matrix.body.views.map((view: { displayName: string }) => view.displayName) as string[];
    };
    expect(await viewers('anna.laine')).toContain(nurse);

    // Only case.events' ConsentWithdrawn, as case-coordination publishes it: the state record may come later.
    const withdrawal = await caseEvent('ConsentWithdrawn.v1', caseId, {
      consentId,
      withdrawnBy: { role: 'guardian' },
      withdrawnAt: new Date().toISOString(),
    });
    const told = await reader.next('AssessmentVisibilityChanged', caseId);
    // Read at once on the notice, as the browser does: the nurse's view is gone from the school's matrix.
    expect(await viewers('anna.laine')).not.toContain(nurse);
    expect(told.payload).toEqual({ consentId, change: 'consent-withdrawn', appliedAt: clock.now().toISOString() });
    expect(told.causationId).toBe(withdrawal);
    expect(await viewers('sari.virtanen')).toContain(nurse); // child protection sees every class

    // The same event again (a redelivery) is not told twice; a new consent is, and the school sees the view again.
    await caseEvent(
      'ConsentWithdrawn.v1',
      caseId,
      { consentId, withdrawnBy: { role: 'guardian' }, withdrawnAt: new Date().toISOString() },
      withdrawal,
    );
    const again = newId();
    await caseEvent('ConsentGiven.v1', caseId, {
      consentId: again,
      givenBy: { role: 'guardian', userId: id('liisa.aalto') },
      method: 'electronic',
      informationClass: 'health',
      toAgency: 'school',
      validFrom: inDays(0),
      validUntil: inDays(60),
      givenAt: new Date().toISOString(),
    });
    await expectEventually(
      () => expect(reader.of('AssessmentVisibilityChanged', caseId)).toHaveLength(2),
      PROJECTED_WITHIN_MS,
      100,
    );
    expect(await viewers('anna.laine')).toContain(nurse);
    expect(reader.of('AssessmentVisibilityChanged', caseId).map((event) => event.payload)).toEqual([
      expect.objectContaining({ consentId, change: 'consent-withdrawn' }),
      expect.objectContaining({ consentId: again, change: 'consent-given' }),
    ]);
  }, 90_000);

  it('says nothing of a consent on a case without an assessment', async () => {
    const consentId = newId();
    const caseId = await knownCase(consentId);
    await caseEvent('ConsentWithdrawn.v1', caseId, {
      consentId,
      withdrawnBy: { role: 'guardian' },
      withdrawnAt: new Date().toISOString(),
    });
    await expectEventually(
      async () => expect(await service.app.get(ConsentAccess).allows(caseId, 'school', 'health')).toBe(false),
      PROJECTED_WITHIN_MS,
    );
    expect(await outbox('AssessmentVisibilityChanged.v1', caseId)).toEqual([]);
  }, 60_000);
});
