import { CareTeamAccess } from '@yhdessa/care-team';
import { expectEventually, type ServiceUnderTest } from '@yhdessa/testing';
import { claims, type CaseCoordinationUnderTest } from '../services/case-coordination/test/case-coordination.fixture.js';

/** The parts of an opened case a flow test chooses: the child, and the guardians when they matter. */
export interface CaseToOpen {
  child: { name: string; dateOfBirth: string };
  guardians?: Array<{ name: string; userId: string | null }>;
}

/**
 * Opens a case in case-coordination as `worker` and answers it once assessment's care-team
 * projection has it. Assessment's consumer group starts at the end of the topic, so a case opened
 * before it listens never reaches it: cases are opened until one does.
 */
export function openCaseSeenByAssessment(
  caseCoordination: CaseCoordinationUnderTest,
  assessment: ServiceUnderTest,
  worker: string,
  opening: CaseToOpen,
): Promise<{ id: string }> {
  const careTeam = assessment.app.get(CareTeamAccess);
  return expectEventually(
    async () => {
      const opened = (
        await caseCoordination.call('POST', '/cases', worker, {
          origin: 'child-welfare-notification',
          receivedAt: new Date().toISOString(),
          language: 'fi',
          ...opening,
          notification: { channel: 'school', content: 'Worried about the child.' },
        })
      ).body as { id: string };
      await expectEventually(async () => expect(await careTeam.isMember(opened.id, claims(worker).sub)).toBe(true), 3_000);
      return opened;
    },
    60_000,
    0,
  );
}
