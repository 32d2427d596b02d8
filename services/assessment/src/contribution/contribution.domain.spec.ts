import { CommonError } from '@yhdessa/platform';
import { defaultFrame } from '../frame/frame.domain.js';
import { answersSchema, type Answers } from '../assessment-record/answers.schema.js';
import {
  checkAddendum,
  checkAnswersFitFrame,
  checkSubmittable,
  checkWritable,
  childSafetyConcern,
  contributionClass,
} from './contribution.domain.js';
import { ContributionError, ContributionErrorCode } from './contribution.error.js';

const refusal = (act: () => unknown): ContributionError | CommonError => {
  try {
    act();
  } catch (error) {
    if (error instanceof ContributionError || error instanceof CommonError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

const answers = (domains: Record<string, object> = {}, frameVersion = 1): Answers =>
  answersSchema.parse({ frameVersion, domains });

describe('answers', () => {
  it('takes scores 1 to 5 only, and texts up to the limit', () => {
    expect(answersSchema.safeParse({ frameVersion: 1, domains: { health: { score: 6 } } }).success).toBe(false);
    expect(answersSchema.safeParse({ frameVersion: 1, domains: { health: { score: 0 } } }).success).toBe(false);
    expect(answersSchema.safeParse({ frameVersion: 1, domains: { health: { text: 'x'.repeat(4001) } } }).success).toBe(false);
    expect(answers({ health: { score: 5, text: 'x'.repeat(4000) } }).domains['health']).toEqual({
      score: 5,
      strengths: '',
      concerns: '',
      text: 'x'.repeat(4000),
    });
  });

  it("must fit the assessment's frame: its version and its domains, each mismatch named", () => {
    expect(() => checkAnswersFitFrame(answers({ health: { score: 3 } }), defaultFrame)).not.toThrow();
    const wrong = refusal(() => checkAnswersFitFrame(answers({ hobbies: { score: 3 } }, 2), defaultFrame));
    expect(wrong.code).toBe('validation_failed');
    expect((wrong.extensions['errors'] as Array<{ path: string }>).map((error) => error.path)).toEqual([
      'answers.frameVersion',
      'answers.domains.hobbies',
    ]);
  });
});

describe('contributionClass', () => {
  it('classes a view by the agency that gives it: psychiatry health, school school, the family shared', () => {
    expect(contributionClass('psychiatry')).toBe('health');
    expect(contributionClass('school')).toBe('school');
    expect(contributionClass('child-protection')).toBe('child-protection');
    expect(contributionClass('family')).toBe('shared-plan');
  });
});

describe('checkWritable', () => {
  it('lets a draft be saved on the version last seen', () => {
    expect(() => checkWritable('open', { version: 2, submittedAt: null }, 2)).not.toThrow();
  });

  it('refuses a stale version with the current one, a submitted view, and a completed assessment', () => {
    const stale = refusal(() => checkWritable('open', { version: 3, submittedAt: null }, 2));
    expect(stale.code).toBe(ContributionErrorCode.VersionConflict);
    expect(stale.extensions).toEqual({ currentVersion: 3 });
    expect(refusal(() => checkWritable('open', { version: 3, submittedAt: new Date() }, 3)).code).toBe(
      ContributionErrorCode.AlreadySubmitted,
    );
    expect(refusal(() => checkWritable('completed', { version: 1, submittedAt: null }, 1)).code).toBe(
      ContributionErrorCode.AssessmentCompleted,
    );
  });
});

describe('checkSubmittable and checkAddendum', () => {
  it('refuses to submit a view that says nothing', () => {
    expect(refusal(() => checkSubmittable(answers({ health: { text: '  ' } }))).code).toBe(ContributionErrorCode.Empty);
    expect(() => checkSubmittable(answers({ health: { concerns: 'sleeps badly' } }))).not.toThrow();
  });

  it('takes addenda only on submitted views of an open assessment', () => {
    expect(() => checkAddendum('open', { version: 2, submittedAt: new Date() })).not.toThrow();
    expect(refusal(() => checkAddendum('open', { version: 1, submittedAt: null })).code).toBe(ContributionErrorCode.NotSubmitted);
    expect(refusal(() => checkAddendum('completed', { version: 2, submittedAt: new Date() })).code).toBe(
      ContributionErrorCode.AssessmentCompleted,
    );
  });
});

describe('childSafetyConcern', () => {
  it('raises on the lowest safety score', () => {
    expect(childSafetyConcern(answers({ safety: { score: 1 } }))).toEqual(['lowest-safety-score']);
    expect(childSafetyConcern(answers({ safety: { score: 2 } }))).toEqual([]);
  });

  it('raises on flagged words in Finnish, Swedish or English, whatever the case', () => {
    expect(childSafetyConcern(answers({ safety: { score: 4, text: 'Isäpuoli LYÖ joskus' } }))).toEqual(['flagged-words']);
    expect(childSafetyConcern(answers({ safety: { text: 'Jag är rädd hemma' } }))).toEqual(['flagged-words']);
    expect(childSafetyConcern(answers({ safety: { score: 1, concerns: 'I am scared at night' } }))).toEqual([
      'lowest-safety-score',
      'flagged-words',
    ]);
  });

  it('stays quiet on other domains and on safe answers', () => {
    expect(childSafetyConcern(answers({ health: { score: 1, text: 'afraid of the dentist' } }))).toEqual([]);
    expect(childSafetyConcern(answers({ safety: { score: 5, text: 'Tunnen oloni turvalliseksi' } }))).toEqual([]);
  });
});
