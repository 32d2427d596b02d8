import { ConsentAccess } from '@yhdessa/consent';
import { expectEventually, fetchToken, type ServiceUnderTest } from '@yhdessa/testing';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
import { openCaseSeenByAssessment } from '../case-seen-by-assessment.js';
import {
  claims,
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';
import { finnishDate } from '@yhdessa/platform';

const inDays = (days: number) => finnishDate(new Date(Date.now() + days * 86_400_000));

/**
 * A guardian's consent given in case-coordination opens the child's health information to the school
 * in assessment, which decides by its own projection; her withdrawal closes it again over Kafka.
 */
describe('consent: from case-coordination to assessment over Kafka', () => {
  let caseCoordination: CaseCoordinationUnderTest;
  let assessment: ServiceUnderTest;
  let worker: string;
  let guardian: string;

  beforeAll(async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_consent_flow_cc');
    assessment = await startAssessment('yhdessa_test_consent_flow_assessment');
    worker = await fetchToken('sari.virtanen');
    guardian = await fetchToken('liisa.aalto');
  }, 120_000);

  afterAll(async () => {
    await assessment?.close();
    await caseCoordination?.close();
  });

  const call = (method: string, path: string, token: string, body?: unknown) => caseCoordination.call(method, path, token, body);

  it("opens the child's health information to the school while the guardian's consent lasts, and closes it on withdrawal", async () => {
    const consents = assessment.app.get(ConsentAccess);
    const liisa = claims(guardian);

    const kase = await openCaseSeenByAssessment(caseCoordination, assessment, worker, {
      child: { name: 'Flow Test Child', dateOfBirth: '2013-05-20' },
      guardians: [{ name: 'Liisa Aalto', userId: liisa.sub }],
    });
    const joined = await call('POST', `/cases/${kase.id}/care-team`, worker, {
      userId: liisa.sub,
      displayName: liisa.name,
      agency: 'family',
      participantKind: 'guardian',
      roleInCase: 'mother',
      since: inDays(0),
    });
    expect(joined.status).toBe(201);
    expect(await consents.allows(kase.id, 'school', 'health')).toBe(false);

    const given = await call('POST', `/cases/${kase.id}/consents`, guardian, {
      informationClass: 'health',
      toAgency: 'school',
      validFrom: inDays(0),
      validUntil: inDays(60),
    });
    expect(given.status).toBe(201);
    await expectEventually(async () => expect(await consents.allows(kase.id, 'school', 'health')).toBe(true), 20_000);
    expect(await consents.allows(kase.id, 'psychiatry', 'health')).toBe(false);
    expect(await consents.allows(kase.id, 'school', 'child-protection')).toBe(false);
    expect(await consents.allows(kase.id, 'school', 'health', inDays(61))).toBe(false);

    const withdrawn = await call('POST', `/cases/${kase.id}/consents/${given.body.consentId}/withdraw`, guardian);
    expect(withdrawn.status).toBe(200);
    await expectEventually(async () => expect(await consents.allows(kase.id, 'school', 'health')).toBe(false), 20_000);
    expect(await consents.allows(kase.id, 'school', 'health', inDays(30))).toBe(false);
  }, 120_000);
});
