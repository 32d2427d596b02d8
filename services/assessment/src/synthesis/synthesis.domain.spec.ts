import { CommonError } from '@yhdessa/platform';
import { defaultFrame } from '../frame/frame.domain.js';
import { disagreementOn } from './disagreement.domain.js';
import { synthesisDraftSchema, type SynthesisDraft } from '../assessment-record/synthesis-draft.schema.js';
import { checkCompletable, checkSynthesisReferences, checkSynthesisVersion } from './synthesis.domain.js';
import { SynthesisError, SynthesisErrorCode } from './synthesis.error.js';

const school = '0190a000-0000-7000-8000-000000000001';
const foster = '0190a000-0000-7000-8000-000000000002';
const nurse = '0190a000-0000-7000-8000-000000000003';

const refusal = (act: () => unknown): SynthesisError | CommonError => {
  try {
    act();
  } catch (error) {
    if (error instanceof SynthesisError || error instanceof CommonError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

const draft = (overrides: object = {}): SynthesisDraft =>
  synthesisDraftSchema.parse({
    domains: [
      {
        domain: 'everyday-life-and-care',
        agreements: 'Mornings go well.',
        disagreements: [{ text: 'The school sees tired evenings; the foster family sees calm ones.', views: [school, foster] }],
        childView: 'Aino wants to stay in her class.',
      },
    ],
    familySummary: 'We agree on mornings; we see evenings differently.',
    needs: [{ text: 'Calm evenings', domains: ['everyday-life-and-care'], fromInvitations: [school, foster] }],
    ...overrides,
  });

const evenings = new Map([
  [
    'everyday-life-and-care',
    disagreementOn([
      { invitationId: school, score: 2 },
      { invitationId: foster, score: 5 },
      { invitationId: nurse, score: 4 },
    ]),
  ],
  ['health', disagreementOn([{ invitationId: nurse, score: 3 }])],
]);

describe('checkCompletable', () => {
  it('completes a synthesis that keeps the opposite views attributed to both ends', () => {
    expect(() => checkCompletable(draft(), evenings, 3)).not.toThrow();
  });

  it('refuses one that smooths a disagreement away, naming the domain', () => {
    const smoothed = refusal(() => checkCompletable(draft({ domains: [] }), evenings, 3));
    expect(smoothed.code).toBe(SynthesisErrorCode.DisagreementNotKept);
    expect(smoothed.extensions).toEqual({ domains: ['everyday-life-and-care'] });
  });

  it('refuses a disagreement attributed to one side only', () => {
    const oneSided = draft({
      domains: [{ domain: 'everyday-life-and-care', disagreements: [{ text: 'Evenings differ.', views: [nurse, foster] }] }],
    });
    expect(refusal(() => checkCompletable(oneSided, evenings, 3)).code).toBe(SynthesisErrorCode.DisagreementNotKept);
  });

  it('refuses without a summary for the family, and without any view submitted', () => {
    expect(refusal(() => checkCompletable(draft({ familySummary: ' ' }), evenings, 3)).code).toBe(
      SynthesisErrorCode.FamilySummaryMissing,
    );
    expect(refusal(() => checkCompletable(draft(), new Map(), 0)).code).toBe(SynthesisErrorCode.NoViews);
  });
});

describe('checkSynthesisReferences', () => {
  it('names each domain and view the synthesis refers to that is not there', () => {
    const wrong = draft({
      needs: [{ text: 'Sleep', domains: ['sleep'], fromInvitations: [nurse] }],
    });
    const refused = refusal(() => checkSynthesisReferences(wrong, defaultFrame, new Set([school, foster])));
    expect(refused.code).toBe('validation_failed');
    expect((refused.extensions['errors'] as Array<{ path: string }>).map((error) => error.path)).toEqual([
      'needs.0.domains.0',
      'needs.0.fromInvitations.0',
    ]);
    expect(() => checkSynthesisReferences(draft(), defaultFrame, new Set([school, foster]))).not.toThrow();
  });
});

describe('checkSynthesisVersion', () => {
  it('answers a stale save with the current version', () => {
    expect(() => checkSynthesisVersion(2, 2)).not.toThrow();
    expect(refusal(() => checkSynthesisVersion(3, 2)).extensions).toEqual({ currentVersion: 3 });
  });
});
