import { finnishDate } from '@yhdessa/platform';
import { expectEventually, fetchToken, type ServiceFixture } from '@yhdessa/testing';
import type { ClientPlanConfig } from '../../services/client-plan/src/client-plan.config.js';
import { startClientPlan } from '../../services/client-plan/test/client-plan.fixture.js';
import { planReviewDue } from '../../services/case-coordination/src/deadlines/statutory-deadlines.domain.js';
import {
  claims,
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';
import { openCaseSeenByAssessment } from '../case-seen-by-assessment.js';

const day = (offset: number) => finnishDate(new Date(Date.now() + offset * 86_400_000));

/**
 * The plan between the services: client-plan knows the care team from case-coordination's events; its
 * signed version starts the review clock there, and its actions' updates appear on the case's timeline.
 */
describe('a client plan signed and moving, seen from case-coordination', () => {
  let caseCoordination: CaseCoordinationUnderTest;
  let clientPlan: ServiceFixture<ClientPlanConfig>;
  let worker: string;

  beforeAll(async () => {
    caseCoordination = await startCaseCoordination('yhdessa_test_plan_flow_cases');
    clientPlan = await startClientPlan('yhdessa_test_plan_flow_plans');
    worker = await fetchToken('sari.virtanen');
  }, 120_000);

  afterAll(async () => {
    await clientPlan?.close();
    await caseCoordination?.close();
  });

  it('starts the review clock from the signed version and shows the action updates on the timeline', async () => {
    // The worker's case, once client-plan's care-team projection has it (the same wait as assessment's).
    const kase = await openCaseSeenByAssessment(caseCoordination, clientPlan, worker, {
      child: { name: 'Plan Flow Child', dateOfBirth: '2012-03-14' },
    });
    const started = await clientPlan.call('POST', `/cases/${kase.id}/plan`, worker, { childDateOfBirth: '2012-03-14' });
    expect(started.status).toBe(201);
    const saved = await clientPlan.call('PUT', `/cases/${kase.id}/plan/draft`, worker, {
      base: { version: 1, revision: 1 },
      content: {
        needs: [{ id: 'n1', text: 'Calm evenings', source: null }],
        goals: [
          {
            id: 'g1',
            professional: 'Evenings at home by nine',
            childWords: 'I want to see my friends after school',
            needIds: ['n1'],
          },
        ],
        actions: [
          {
            id: 'family-work',
            what: 'Family work on weekday evenings',
            agency: 'child-protection',
            responsible: { userId: claims(worker).sub, name: 'Sari Virtanen' },
            start: day(0),
            due: day(30),
            goalIds: ['g1'],
          },
        ],
        services: [],
        participants: [],
        childView: null,
        disagreements: [],
        reviewOn: day(300),
      },
    });
    expect(saved.status).toBe(200);
    const hash = saved.body.open.contentHash as string;
    expect((await clientPlan.call('POST', `/cases/${kase.id}/plan/versions/1/sign-off`, worker, {})).status).toBe(200);
    const signed = await clientPlan.call('POST', `/cases/${kase.id}/plan/versions/1/answers`, worker, {
      answer: 'sign',
      contentHash: hash,
    });
    expect(signed.body.inForce).toMatchObject({ version: 1, status: 'in-force' });
    const signedOffOn = finnishDate(new Date(signed.body.inForce.signedOffAt as string));

    const moved = await clientPlan.call('POST', `/cases/${kase.id}/plan/actions/family-work/updates`, worker, {
      status: 'ongoing',
      note: 'The first evening visit was held.',
    });
    expect(moved.status).toBe(200);

    await expectEventually(
      async () => {
        const deadlines = (await caseCoordination.call('GET', `/cases/${kase.id}/deadlines`, worker)).body as Array<{
          kind: string;
          dueOn: string;
        }>;
        expect(deadlines).toContainEqual(
          expect.objectContaining({ kind: 'client-plan-review', dueOn: planReviewDue(signedOffOn) }),
        );
        const timeline = (await caseCoordination.call('GET', `/cases/${kase.id}/timeline`, worker)).body as Array<{
          summary: string;
        }>;
        const summaries = timeline.map((entry) => entry.summary);
        expect(summaries).toEqual(
          expect.arrayContaining([
            'Client plan version 1 signed by every party',
            'A client plan action of child-protection is now ongoing (due ' + day(30) + ')',
          ]),
        );
        // The note stays with the plan: the timeline says what moved, not what was written.
        expect(summaries.join('\n')).not.toContain('evening visit');
      },
      60_000,
      500,
    );
  }, 180_000);
});
