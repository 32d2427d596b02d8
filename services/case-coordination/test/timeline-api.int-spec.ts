import { FixedClock, newId } from '@yhdessa/platform';
import { expectEventually, fetchToken } from '@yhdessa/testing';
import { childBirthDate, childIdentityCode } from './child-identity.fixture.js';
import { claims, startCaseCoordination, type CaseCoordinationUnderTest } from './case-coordination.fixture.js';
import { closeOpenCases } from './open-cases.fixture.js';

interface Entry {
  event: string;
  summary: string;
  details: Record<string, string | number | boolean> | null;
}

/**
 * The timeline's entries carry their details as data for the reader's app to word (codes, dates,
 * professionals' names), beside the English summary readers had before; a family member's name and
 * every free text stay out of the details.
 */
describe('timeline API: details as data', () => {
  let service: CaseCoordinationUnderTest;
  let worker: string;

  beforeAll(async () => {
    service = await startCaseCoordination('yhdessa_test_timeline_api', {
      clock: new FixedClock(new Date('2026-12-23T12:00:00+02:00')),
    });
    worker = await fetchToken('sari.virtanen');
    await closeOpenCases(service, new Map([[claims(worker).sub, worker]]));
  }, 90_000);

  afterAll(async () => {
    if (service) await closeOpenCases(service, new Map([[claims(worker).sub, worker]]));
    await service?.close();
  });

  it('gives each entry its details beside its summary, naming professionals but no family member', async () => {
    const dateOfBirth = childBirthDate();
    const opened = await service.call('POST', '/cases', worker, {
      origin: 'child-welfare-notification',
      receivedAt: '2026-12-23T09:00:00+02:00',
      language: 'fi',
      child: { name: `Mika Test ${newId().slice(-6)}`, personalIdentityCode: childIdentityCode(dateOfBirth), dateOfBirth },
      guardians: [{ name: 'Leena Mäkelä', userId: null }],
      notification: { channel: 'school', notifierName: 'Anna Laine', content: 'Absent from school for several weeks.' },
    });
    expect(opened.status).toBe(201);
    const caseId: string = opened.body.id;
    const teacher = claims(await fetchToken('anna.laine'));
    const guardian = claims(await fetchToken('liisa.aalto'));
    for (const member of [
      {
        userId: teacher.sub,
        displayName: teacher.name,
        agency: 'school',
        participantKind: 'professional',
        roleInCase: 'class teacher',
      },
      { userId: guardian.sub, displayName: guardian.name, agency: 'family', participantKind: 'guardian', roleInCase: 'mother' },
    ]) {
      expect((await service.call('POST', `/cases/${caseId}/care-team`, worker, { ...member, since: '2026-12-23' })).status).toBe(
        201,
      );
    }
    const given = await service.call('POST', `/cases/${caseId}/consents`, worker, {
      informationClass: 'health',
      toAgency: 'school',
      validFrom: '2026-12-23',
      validUntil: '2027-06-30',
      givenBy: { name: 'Leena Mäkelä', role: 'guardian' },
      method: 'written',
    });
    expect(given.status).toBe(201);

    const timeline = await expectEventually(
      async () => {
        const entries = (await service.call('GET', `/cases/${caseId}/timeline`, worker)).body as Entry[];
        expect(entries.map((entry) => entry.event)).toEqual([
          'CaseOpened.v2',
          'CareTeamMemberAdded.v1',
          'CareTeamMemberAdded.v1',
          'CareTeamMemberAdded.v1',
          'ConsentGiven.v1',
        ]);
        return entries;
      },
      30_000,
      200,
    );
    const [caseOpened, , teacherJoined, guardianJoined, consent] = timeline;
    expect(caseOpened!.details).toEqual({
      origin: 'child-welfare-notification',
      responsibleWorker: claims(worker).name,
      overLimit: false,
    });
    expect(caseOpened!.summary).toMatch(/^Case opened \(child welfare notification\)/);
    expect(teacherJoined!.details).toEqual({ participantKind: 'professional', agency: 'school', name: teacher.name });
    expect(guardianJoined!.details).toEqual({ participantKind: 'guardian', agency: 'family' });
    expect(consent!.details).toEqual({
      givenBy: 'guardian',
      informationClass: 'health',
      toAgency: 'school',
      validUntil: '2027-06-30',
    });
    expect(JSON.stringify(timeline.map((entry) => entry.details))).not.toContain('Leena');
  }, 90_000);
});
