import { CareTeamAccess } from '@yhdessa/care-team';
import { ConsentAccess, consentDay } from '@yhdessa/consent';
import { newId } from '@yhdessa/platform';
import { expectEventually, fetchToken, startServiceUnderTest, testServiceEnv, type ServiceUnderTest } from '@yhdessa/testing';
import { loadAssessmentConfig } from '../../services/assessment/src/assessment.config.js';
import { AssessmentModule, assessmentMessaging } from '../../services/assessment/src/assessment.module.js';
import { assessmentMigrations } from '../../services/assessment/src/migrations/index.js';
import { loadCaseCoordinationConfig } from '../../services/case-coordination/src/case-coordination.config.js';
import { CaseCoordinationModule, caseCoordinationMessaging } from '../../services/case-coordination/src/case-coordination.module.js';
import { caseCoordinationMigrations } from '../../services/case-coordination/src/migrations/index.js';

const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string; name: string };
const inDays = (days: number) => consentDay(new Date(Date.now() + days * 86_400_000));

/**
 * A guardian's consent given in case-coordination opens the child's health information to the school
 * in assessment, which decides by its own projection; her withdrawal closes it again over Kafka.
 */
describe('consent: from case-coordination to assessment over Kafka', () => {
  let caseCoordination: ServiceUnderTest;
  let assessment: ServiceUnderTest;
  let worker: string;
  let guardian: string;

  beforeAll(async () => {
    const caseConfig = loadCaseCoordinationConfig(
      testServiceEnv({ CASE_COORDINATION_PORT: '3001', CASE_COORDINATION_DB: 'yhdessa_test_consent_flow_cc', KAFKA_GROUP_ID: `cc-consent-flow-${newId()}` }),
    );
    caseCoordination = await startServiceUnderTest({
      config: caseConfig,
      database: caseConfig.CASE_COORDINATION_DB,
      migrations: caseCoordinationMigrations,
      module: CaseCoordinationModule.forRoot(caseConfig),
      messaging: caseCoordinationMessaging(caseConfig),
    });
    const assessmentConfig = loadAssessmentConfig(
      testServiceEnv({ ASSESSMENT_PORT: '3002', ASSESSMENT_DB: 'yhdessa_test_consent_flow_assessment', KAFKA_GROUP_ID: `assessment-consent-flow-${newId()}` }),
    );
    assessment = await startServiceUnderTest({
      config: assessmentConfig,
      database: assessmentConfig.ASSESSMENT_DB,
      migrations: assessmentMigrations,
      module: AssessmentModule.forRoot(assessmentConfig),
      messaging: assessmentMessaging(assessmentConfig),
    });
    worker = await fetchToken('sari.virtanen');
    guardian = await fetchToken('liisa.aalto');
  }, 120_000);

  afterAll(async () => {
    await assessment?.close();
    await caseCoordination?.close();
  });

  async function call(method: string, path: string, token: string, body?: unknown) {
    const response = await fetch(`${caseCoordination.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  const openCase = async () =>
    (
      await call('POST', '/cases', worker, {
        origin: 'child-welfare-notification',
        receivedAt: new Date().toISOString(),
        language: 'fi',
        child: { name: 'Flow Test Child', dateOfBirth: '2013-05-20' },
        guardians: [{ name: 'Liisa Aalto', userId: claims(guardian).sub }],
        notification: { channel: 'school', content: 'Worried about the child.' },
      })
    ).body as { id: string };

  it("opens the child's health information to the school while the guardian's consent lasts, and closes it on withdrawal", async () => {
    const careTeam = assessment.app.get(CareTeamAccess);
    const consents = assessment.app.get(ConsentAccess);
    const liisa = claims(guardian);

    // The consumer group starts at the end of the topic: open cases until one reaches assessment.
    const kase = await expectEventually(async () => {
      const opened = await openCase();
      await expectEventually(async () => expect(await careTeam.isMember(opened.id, claims(worker).sub)).toBe(true), 3_000);
      return opened;
    }, 60_000, 0);
    const joined = await call('POST', `/cases/${kase.id}/care-team`, worker, {
      userId: liisa.sub, displayName: liisa.name, agency: 'family', participantKind: 'guardian', roleInCase: 'mother', since: inDays(0),
    });
    expect(joined.status).toBe(201);
    expect(await consents.allows(kase.id, 'school', 'health')).toBe(false);

    const given = await call('POST', `/cases/${kase.id}/consents`, guardian, {
      informationClass: 'health', toAgency: 'school', validFrom: inDays(0), validUntil: inDays(60),
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
