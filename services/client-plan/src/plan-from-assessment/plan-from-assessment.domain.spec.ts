import type { AssessmentCompletedV1 } from '@yhdessa/contracts';
import { planContentSchema } from '../plan-record/plan-content.schema.js';
import { planFromAssessment } from './plan-from-assessment.domain.js';

const completed: AssessmentCompletedV1 = {
  assessmentId: '0b8a1c2e-4f5d-4a6b-8c7d-9e0f1a2b3c4d',
  kind: 'service-needs',
  completedAt: '2026-11-30T08:00:00.000+02:00',
  needs: [
    {
      needId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      text: 'Calm evenings at home',
      domains: ['family'],
      fromInvitations: ['2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e'],
    },
    {
      needId: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f',
      text: 'Support lessons at school',
      domains: ['school', 'learning'],
      fromInvitations: ['2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', '4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80'],
    },
  ],
};

describe('the plan made from a completed assessment', () => {
  it('starts a draft whose needs are the synthesis needs, each with its source', () => {
    const decision = planFromAssessment(completed, false);
    expect(decision.kind).toBe('start-draft');
    if (decision.kind !== 'start-draft') return;
    expect(decision.content.needs).toEqual([
      {
        id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
        text: 'Calm evenings at home',
        source: {
          assessmentId: completed.assessmentId,
          needId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
          domains: ['family'],
          fromInvitations: ['2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e'],
        },
      },
      {
        id: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f',
        text: 'Support lessons at school',
        source: {
          assessmentId: completed.assessmentId,
          needId: '3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f',
          domains: ['school', 'learning'],
          fromInvitations: ['2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', '4d5e6f7a-8b9c-4d0e-9f2a-3b4c5d6e7f80'],
        },
      },
    ]);
    expect(decision.content.goals).toEqual([]);
    expect(decision.content.actions).toEqual([]);
    expect(decision.content.reviewOn).toBeNull();
    expect(planContentSchema.safeParse(decision.content).success).toBe(true);
  });

  it('makes the same draft from the same completion', () => {
    expect(planFromAssessment(completed, false)).toEqual(planFromAssessment(completed, false));
  });

  it('starts an empty draft from an assessment that found no needs', () => {
    const decision = planFromAssessment({ ...completed, needs: [] }, false);
    expect(decision).toEqual({ kind: 'start-draft', content: expect.objectContaining({ needs: [] }), needsLeftOut: 0 });
  });

  it('leaves a case that has a plan already as it is, whatever the kind of assessment', () => {
    expect(planFromAssessment(completed, true)).toEqual({ kind: 'leave', reason: 'plan-exists' });
    expect(planFromAssessment({ ...completed, kind: 'reassessment' }, true)).toEqual({ kind: 'leave', reason: 'plan-exists' });
  });
});

describe('a synthesis bigger than a plan holds', () => {
  const uuid = (index: number) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
  const many = (count: number): AssessmentCompletedV1 => ({
    ...completed,
    needs: Array.from({ length: count }, (_, index) => ({
      needId: uuid(index + 1),
      text: `Need ${index + 1}`,
      domains: Array.from({ length: 60 }, (__, domain) => `domain ${domain}`),
      fromInvitations: Array.from({ length: 120 }, (__, invitation) => uuid(1000 + invitation)),
    })),
  });

  it('starts the draft with the first 100 needs, counts the rest, and cuts each source to what a plan keeps: a content the plan takes', () => {
    const decision = planFromAssessment(many(130), false);
    expect(decision.kind).toBe('start-draft');
    if (decision.kind !== 'start-draft') return;
    expect(decision.content.needs).toHaveLength(100);
    expect(decision.content.needs.at(-1)!.text).toBe('Need 100');
    expect(decision.needsLeftOut).toBe(30);
    expect(decision.content.needs[0]!.source!.domains).toHaveLength(50);
    expect(decision.content.needs[0]!.source!.fromInvitations).toHaveLength(100);
    expect(planContentSchema.safeParse(decision.content).success).toBe(true);
  });

  it('takes a need named twice once, and leaves out one with no words', () => {
    const twice = {
      ...completed,
      needs: [...completed.needs, completed.needs[0]!, { ...completed.needs[1]!, needId: uuid(7), text: '   ' }],
    };
    const decision = planFromAssessment(twice, false);
    if (decision.kind !== 'start-draft') throw new Error('expected a draft');
    expect(decision.content.needs.map((need) => need.id)).toEqual(completed.needs.map((need) => need.needId));
    expect(decision.needsLeftOut).toBe(0);
    expect(planContentSchema.safeParse(decision.content).success).toBe(true);
  });
});
