import { AuditLog } from '@yhdessa/audit';
import { finnishDate } from '@yhdessa/platform';
import { expectEventually, fetchToken, type ServiceUnderTest } from '@yhdessa/testing';
import { startAssessment } from '../../services/assessment/test/assessment.fixture.js';
import {
  claims,
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';

/**
 * One access report across every service: a record written to assessment's own audit log reaches the
 * guardian's report in case-coordination, over assessment's outbox and `audit.records`.
 */
describe('access report: audit records from another service', () => {
  let caseCoordination: CaseCoordinationUnderTest;
  let assessment: ServiceUnderTest;
  let worker: string;
  let guardian: string;
  let caseId: string;

  beforeAll(async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_case_coordination');
    assessment = await startAssessment('yhdessa_test_assessment');
    [worker, guardian] = await Promise.all([fetchToken('sari.virtanen'), fetchToken('liisa.aalto')]);
    const opened = await caseCoordination.call('POST', '/cases', worker, {
      origin: 'child-welfare-notification',
      receivedAt: new Date().toISOString(),
      language: 'fi',
      child: { name: 'Report Across Services', dateOfBirth: '2014-09-01' },
      notification: { channel: 'school', content: 'Worried about the child.' },
    });
    expect(opened.status).toBe(201);
    caseId = opened.body.id;
    const added = await caseCoordination.call('POST', `/cases/${caseId}/care-team`, worker, {
      userId: claims(guardian).sub,
      displayName: claims(guardian).name,
      agency: 'family',
      participantKind: 'guardian',
      roleInCase: 'mother',
      since: finnishDate(new Date()),
    });
    expect(added.status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    if (caseId) await caseCoordination?.call('POST', `/cases/${caseId}/close`, worker, { reason: 'test finished' });
    await assessment?.close();
    await caseCoordination?.close();
  });

  it("lists a disclosure assessment recorded in its own log in the guardian's report, naming the service and the receiving agency", async () => {
    const clinician = claims(await fetchToken('hanna.makinen'));
    const record = await assessment.app.get(AuditLog).record({
      actor: { userId: clinician.sub, agency: 'psychiatry', role: 'psychiatry-clinician' },
      actorDisplayName: clinician.name,
      action: 'disclose',
      caseId,
      resource: 'assessment-contribution',
      informationClass: 'health',
      purpose: 'care-team-work',
      disclosedToAgency: 'child-protection',
    });

    const listed = await expectEventually(
      async () => {
        const report = await caseCoordination.call('GET', `/cases/${caseId}/access-report`, guardian);
        expect(report.status).toBe(200);
        const entry = (report.body.entries as Array<{ recordId: string }>).find((candidate) => candidate.recordId === record.id);
        expect(entry).toBeDefined();
        return entry;
      },
      10_000,
      200,
    );
    expect(listed).toEqual({
      recordId: record.id,
      accessedAt: record.occurredAt.toISOString(),
      service: 'assessment',
      actor: { userId: clinician.sub, displayName: clinician.name, agency: 'psychiatry', role: 'psychiatry-clinician' },
      action: 'disclose',
      informationClass: 'health',
      resource: 'assessment-contribution',
      purpose: 'care-team-work',
      disclosedToAgency: 'child-protection',
    });
  }, 60_000);
});
