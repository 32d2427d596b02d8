import { CareTeamAccess } from '@yhdessa/care-team';
import { newId } from '@yhdessa/platform';
import { expectEventually, fetchToken, startServiceUnderTest, testServiceEnv, type ServiceUnderTest } from '@yhdessa/testing';
import { loadAssessmentConfig } from '../../services/assessment/src/assessment.config.js';
import { AssessmentModule, assessmentMessaging } from '../../services/assessment/src/assessment.module.js';
import { assessmentMigrations } from '../../services/assessment/src/migrations/index.js';
import { loadCaseCoordinationConfig } from '../../services/case-coordination/src/case-coordination.config.js';
import { CaseCoordinationModule, caseCoordinationMessaging } from '../../services/case-coordination/src/case-coordination.module.js';
import { caseCoordinationMigrations } from '../../services/case-coordination/src/migrations/index.js';

const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { sub: string; name: string };

/**
 * The first real flow: a social worker opens a case and changes its care team over HTTP in
 * case-coordination; assessment learns it over Kafka and authorises by its own projection.
 */
describe('care team: from case-coordination to the other services over Kafka', () => {
  let caseCoordination: ServiceUnderTest;
  let assessment: ServiceUnderTest;
  let worker: string;

  beforeAll(async () => {
    const caseConfig = loadCaseCoordinationConfig(
      testServiceEnv({ CASE_COORDINATION_PORT: '3001', CASE_COORDINATION_DB: 'yhdessa_test_case_coordination', KAFKA_GROUP_ID: `cc-test-${newId()}` }),
    );
    caseCoordination = await startServiceUnderTest({
      config: caseConfig,
      database: caseConfig.CASE_COORDINATION_DB,
      migrations: caseCoordinationMigrations,
      module: CaseCoordinationModule.forRoot(caseConfig),
      messaging: caseCoordinationMessaging(caseConfig),
    });
    const assessmentConfig = loadAssessmentConfig(
      testServiceEnv({ ASSESSMENT_PORT: '3002', ASSESSMENT_DB: 'yhdessa_test_assessment', KAFKA_GROUP_ID: `assessment-test-${newId()}` }),
    );
    assessment = await startServiceUnderTest({
      config: assessmentConfig,
      database: assessmentConfig.ASSESSMENT_DB,
      migrations: assessmentMigrations,
      module: AssessmentModule.forRoot(assessmentConfig),
      messaging: assessmentMessaging(assessmentConfig),
    });
    worker = await fetchToken('sari.virtanen');
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
        child: { name: 'Flow Test Child', dateOfBirth: '2012-03-14' },
        notification: { channel: 'school', content: 'Worried about the child.' },
      })
    ).body as { id: string };

  it('gives a teacher access in assessment once added to the care team, and takes it away on removal', async () => {
    const access = assessment.app.get(CareTeamAccess);
    const teacher = claims(await fetchToken('ville.heikkinen'));
    const nurse = claims(await fetchToken('pekka.nurmi'));

    // The consumer group starts at the end of the topic: open cases until one reaches assessment.
    const kase = await expectEventually(async () => {
      const opened = await openCase();
      await expectEventually(async () => expect(await access.isMember(opened.id, claims(worker).sub)).toBe(true), 3_000);
      return opened;
    }, 60_000, 0);

    const added = await call('POST', `/cases/${kase.id}/care-team`, worker, {
      userId: teacher.sub, displayName: teacher.name, agency: 'school', participantKind: 'professional',
      roleInCase: 'class teacher', since: new Date().toISOString().slice(0, 10),
    });
    expect(added.status).toBe(201);
    await call('POST', `/cases/${kase.id}/care-team`, worker, {
      userId: nurse.sub, displayName: nurse.name, agency: 'psychiatry', participantKind: 'professional',
      roleInCase: 'liaison nurse', since: new Date().toISOString().slice(0, 10),
    });

    await expectEventually(async () => expect(await access.isMember(kase.id, teacher.sub)).toBe(true), 20_000);
    await expectEventually(async () => expect(await access.isMember(kase.id, nurse.sub)).toBe(true), 20_000);
    expect((await access.members(kase.id)).map((member) => member.agency).sort()).toEqual(['child-protection', 'psychiatry', 'school']);

    const removed = await call('DELETE', `/cases/${kase.id}/care-team/${added.body.memberId}`, worker, { reason: 'moved school' });
    expect(removed.status).toBe(204);
    await expectEventually(async () => expect(await access.isMember(kase.id, teacher.sub)).toBe(false), 20_000);
    expect(await access.isMember(kase.id, nurse.sub)).toBe(true);
  }, 120_000);
});
