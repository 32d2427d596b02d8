import { CareTeamAccess } from '@yhdessa/care-team';
import { expectEventually, fetchToken, type ServiceUnderTest } from '@yhdessa/testing';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
import { openCaseSeenByAssessment } from '../case-seen-by-assessment.js';
import {
  claims,
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';

/**
 * The first real flow: a social worker opens a case and changes its care team over HTTP in
 * case-coordination; assessment learns it over Kafka and authorises by its own projection.
 */
describe('care team: from case-coordination to the other services over Kafka', () => {
  let caseCoordination: CaseCoordinationUnderTest;
  let assessment: ServiceUnderTest;
  let worker: string;

  beforeAll(async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_case_coordination');
    assessment = await startAssessment('yhdessa_test_assessment');
    worker = await fetchToken('sari.virtanen');
  }, 120_000);

  afterAll(async () => {
    await assessment?.close();
    await caseCoordination?.close();
  });

  const call = (method: string, path: string, token: string, body?: unknown) => caseCoordination.call(method, path, token, body);

  it('gives a teacher access in assessment once added to the care team, and takes it away on removal', async () => {
    const access = assessment.app.get(CareTeamAccess);
    const teacher = claims(await fetchToken('ville.heikkinen'));
    const nurse = claims(await fetchToken('pekka.nurmi'));

    const kase = await openCaseSeenByAssessment(caseCoordination, assessment, worker, {
      child: { name: 'Flow Test Child', dateOfBirth: '2012-03-14' },
    });

    const added = await call('POST', `/cases/${kase.id}/care-team`, worker, {
      userId: teacher.sub,
      displayName: teacher.name,
      agency: 'school',
      participantKind: 'professional',
      roleInCase: 'class teacher',
      since: new Date().toISOString().slice(0, 10),
    });
    expect(added.status).toBe(201);
    await call('POST', `/cases/${kase.id}/care-team`, worker, {
      userId: nurse.sub,
      displayName: nurse.name,
      agency: 'psychiatry',
      participantKind: 'professional',
      roleInCase: 'liaison nurse',
      since: new Date().toISOString().slice(0, 10),
    });

    await expectEventually(async () => expect(await access.isMember(kase.id, teacher.sub)).toBe(true), 20_000);
    await expectEventually(async () => expect(await access.isMember(kase.id, nurse.sub)).toBe(true), 20_000);
    expect((await access.members(kase.id)).map((member) => member.agency).sort()).toEqual([
      'child-protection',
      'psychiatry',
      'school',
    ]);

    const removed = await call('DELETE', `/cases/${kase.id}/care-team/${added.body.memberId}`, worker, {
      reason: 'moved school',
    });
    expect(removed.status).toBe(204);
    await expectEventually(async () => expect(await access.isMember(kase.id, teacher.sub)).toBe(false), 20_000);
    expect(await access.isMember(kase.id, nurse.sub)).toBe(true);
  }, 120_000);
});
