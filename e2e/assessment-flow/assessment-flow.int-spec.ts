import { CareTeamAccess } from '@yhdessa/care-team';
import { ConsentAccess } from '@yhdessa/consent';
import { finnishDate } from '@yhdessa/platform';
import { expectEventually, fetchToken, type ServiceFixture } from '@yhdessa/testing';
import type { AssessmentConfig } from '../../services/assessment/src/assessment.config.js';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
import {
  claims,
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';
import { openCaseSeenByAssessment } from '../case-seen-by-assessment.js';

const today = () => finnishDate(new Date());
const inDays = (days: number) => finnishDate(new Date(Date.now() + days * 86_400_000));
const OVER_KAFKA_MS = 30_000;

/**
 * Journey 2's assessment across the two services, over Kafka only: case-coordination's care team and
 * the mother's consent decide what assessment shows, her withdrawal closes the nurse's view to the
 * school within seconds, and completing the assessment meets case-coordination's deadline.
 */
describe('assessment and case-coordination, over Kafka', () => {
  let caseCoordination: CaseCoordinationUnderTest;
  let assessment: ServiceFixture<AssessmentConfig>;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_assessment_flow_cc');
    assessment = await startAssessment('yhdessa_test_assessment_flow_assessment');
    for (const who of ['sari.virtanen', 'anna.laine', 'hanna.makinen', 'liisa.aalto']) tokens[who] = await fetchToken(who);
  }, 120_000);

  afterAll(async () => {
    await assessment?.close();
    await caseCoordination?.close();
  });

  const cc = (method: string, path: string, who: string, body?: unknown) =>
    caseCoordination.call(method, path, tokens[who], body);
  const as = (method: string, path: string, who: string, body?: unknown) => assessment.call(method, path, tokens[who], body);
  const id = (who: string) => claims(tokens[who]!).sub;

  it('runs from the care team to the completed assessment, the consent withdrawal taking effect live', async () => {
    const kase = await openCaseSeenByAssessment(caseCoordination, assessment, tokens['sari.virtanen']!, {
      child: { name: 'Assessment Flow Child', dateOfBirth: '2012-04-02' },
      guardians: [{ name: 'Liisa Aalto', userId: id('liisa.aalto') }],
    });
    const caseId = kase.id;
    expect((await cc('POST', `/cases/${caseId}/assessment-decision`, 'sari.virtanen', { decision: 'start' })).status).toBe(200);
    for (const [who, agency, participantKind, roleInCase] of [
      ['anna.laine', 'school', 'professional', 'class teacher'],
      ['hanna.makinen', 'psychiatry', 'professional', 'youth psychiatry nurse'],
      ['liisa.aalto', 'family', 'guardian', 'mother'],
    ] as const) {
      const added = await cc('POST', `/cases/${caseId}/care-team`, 'sari.virtanen', {
        userId: id(who),
        displayName: claims(tokens[who]!).name,
        agency,
        participantKind,
        roleInCase,
        since: today(),
      });
      expect(added.status).toBe(201);
    }
    const consent = await cc('POST', `/cases/${caseId}/consents`, 'liisa.aalto', {
      informationClass: 'health',
      toAgency: 'school',
      validFrom: today(),
      validUntil: inDays(60),
    });
    expect(consent.status).toBe(201);
    const careTeam = assessment.app.get(CareTeamAccess);
    const consents = assessment.app.get(ConsentAccess);
    await expectEventually(async () => {
      expect(await careTeam.isMember(caseId, id('hanna.makinen'))).toBe(true);
      expect(await consents.allows(caseId, 'school', 'health')).toBe(true);
    }, OVER_KAFKA_MS);

    const started = await as('POST', `/cases/${caseId}/assessments`, 'sari.virtanen', {
      kind: 'service-needs',
      invitations: ['anna.laine', 'hanna.makinen', 'liisa.aalto'].map((who) => ({ userId: id(who), dueOn: inDays(14) })),
    });
    expect(started.status).toBe(201);
    const base = `/cases/${caseId}/assessments/${started.body.assessmentId}`;
    const give = async (who: string, domains: object) => {
      const saved = await as('PUT', `${base}/contributions/mine`, who, {
        expectedVersion: 0,
        answers: { frameVersion: 1, domains },
      });
      expect(saved.status).toBe(200);
      expect((await as('POST', `${base}/contributions/mine/submit`, who, { expectedVersion: 1 })).status).toBe(200);
    };
    await give('hanna.makinen', { health: { score: 2, concerns: 'Sleeps badly' } });
    await give('anna.laine', { 'everyday-life-and-care': { score: 2, concerns: 'Tired in the mornings' } });
    const seenBySchool = async () =>
      ((await as('GET', `${base}/matrix`, 'anna.laine')).body.views as Array<{ informationClass: string }>).map(
        (view) => view.informationClass,
      );
    expect((await seenBySchool()).sort()).toEqual(['health', 'school']);

    const withdrawn = await cc('POST', `/cases/${caseId}/consents/${consent.body.consentId}/withdraw`, 'liisa.aalto');
    expect(withdrawn.status).toBe(200);
    await expectEventually(async () => expect(await seenBySchool()).toEqual(['school']), OVER_KAFKA_MS, 200);

    const nurseInvitation: string = started.body.invitations.find(
      (invitation: { userId: string }) => invitation.userId === id('hanna.makinen'),
    ).invitationId;
    const synthesis = {
      domains: [{ domain: 'health', agreements: 'Sleep needs support.' }],
      familySummary: 'Aino sleeps badly and is tired at school. We will look for help with sleep.',
      needs: [{ text: 'Help with sleep', domains: ['health'], fromInvitations: [nurseInvitation] }],
    };
    expect((await as('PUT', `${base}/synthesis`, 'sari.virtanen', { expectedVersion: 0, synthesis })).status).toBe(200);
    expect((await as('POST', `${base}/complete`, 'sari.virtanen', { expectedVersion: 1 })).status).toBe(200);

    await expectEventually(
      async () => {
        const deadlines = (await cc('GET', `/cases/${caseId}/deadlines`, 'sari.virtanen')).body as Array<{
          kind: string;
          status: string;
          late: boolean;
        }>;
        expect(deadlines).toContainEqual(
          expect.objectContaining({ kind: 'service-needs-assessment', status: 'met', late: false }),
        );
      },
      OVER_KAFKA_MS,
      500,
    );
    const timeline = await cc('GET', `/cases/${caseId}/timeline`, 'sari.virtanen');
    expect(JSON.stringify(timeline.body)).toContain('Assessment completed: 1 need(s) identified');
    await cc('POST', `/cases/${caseId}/close`, 'sari.virtanen', { reason: 'test finished' });
  }, 180_000);
});
