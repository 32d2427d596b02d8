import type { InformationClass } from '@yhdessa/contracts';
import { CommonError, CommonErrorCode } from '@yhdessa/platform';
import type { Answers } from '../assessment-record/answers.schema.js';
import { hasDomain, SAFETY_DOMAIN, SCALE_MIN, type Frame } from '../frame/frame.domain.js';
import { ContributionError, ContributionErrorCode } from './contribution.error.js';

/**
 * Answers that fit the assessment's frame: its version, and only its domains. A mismatch is a 400
 * naming the field, like any other invalid input.
 */
export function checkAnswersFitFrame(answers: Answers, frame: Pick<Frame, 'version' | 'domains'>, at = 'answers'): void {
  const errors: Array<{ path: string; message: string }> = [];
  if (answers.frameVersion !== frame.version) {
    errors.push({ path: `${at}.frameVersion`, message: `the assessment uses version ${frame.version} of its frame` });
  }
  for (const key of Object.keys(answers.domains)) {
    if (!hasDomain(frame, key)) errors.push({ path: `${at}.domains.${key}`, message: 'no such domain in the frame' });
  }
  if (errors.length > 0) throw new CommonError(CommonErrorCode.ValidationFailed, 'The answers do not fit the frame.', { errors });
}

/** The information class of a view, by the agency of the one who gives it. */
export function contributionClass(agency: string): InformationClass {
  switch (agency) {
    case 'psychiatry':
      return 'health';
    case 'school':
      return 'school';
    case 'child-protection':
      return 'child-protection';
    default:
      // The child's, the guardians' and the foster carers' own views are shared with the whole care team.
      return 'shared-plan';
  }
}

/** Where one invitee's view stands. */
export interface ContributionState {
  version: number;
  submittedAt: Date | null;
}

/**
 * A draft save or a submission may go ahead: the assessment is open, the view not yet submitted, and
 * the caller saw the latest version (no last-writer-wins: 409 with the current version).
 */
export function checkWritable(assessmentStatus: 'open' | 'completed', current: ContributionState, expectedVersion: number): void {
  if (assessmentStatus === 'completed') {
    throw new ContributionError(
      ContributionErrorCode.AssessmentCompleted,
      'The assessment is completed; views no longer change.',
    );
  }
  if (current.submittedAt !== null) {
    throw new ContributionError(
      ContributionErrorCode.AlreadySubmitted,
      'The view has been submitted; correct it with an addendum.',
    );
  }
  if (current.version !== expectedVersion) {
    throw new ContributionError(
      ContributionErrorCode.VersionConflict,
      'The view was saved elsewhere in the meantime; load the current version and try again.',
      { currentVersion: current.version },
    );
  }
}

/** A submission says something: at least one domain scored or put in words. */
export function checkSubmittable(answers: Answers): void {
  const said = Object.values(answers.domains).some(
    (answer) => answer.score !== null || answer.strengths.trim() || answer.concerns.trim() || answer.text.trim(),
  );
  if (!said)
    throw new ContributionError(ContributionErrorCode.Empty, 'Give a score or words for at least one domain before submitting.');
}

/** An addendum is the only change to a submitted view, while the assessment is open. */
export function checkAddendum(assessmentStatus: 'open' | 'completed', current: ContributionState): void {
  if (assessmentStatus === 'completed') {
    throw new ContributionError(
      ContributionErrorCode.AssessmentCompleted,
      'The assessment is completed; views no longer change.',
    );
  }
  if (current.submittedAt === null) {
    throw new ContributionError(
      ContributionErrorCode.NotSubmitted,
      'A draft is changed by saving it; addenda are for submitted views.',
    );
  }
}

/**
 * Words in a child's safety answer that say they are not safe (fi, sv, en), matched in lower case
 * inside words. Kept here, configurable, and deliberately broad: a false alarm costs a phone call.
 */
export const flaggedSafetyWords: readonly string[] = [
  'pelkää',
  'pelottaa',
  'pelkään',
  'lyö',
  'lyödään',
  'satuttaa',
  'en ole turvassa',
  'ei ole turvallista',
  'uhkaa',
  'rädd',
  'slår',
  'gör mig illa',
  'inte trygg',
  'hotar',
  'afraid',
  'scared',
  'hits me',
  'hurts me',
  'not safe',
  'unsafe',
  'threatens',
];

export type SafetyConcernReason = 'lowest-safety-score' | 'flagged-words';

/** Why a child's answers say they do not feel safe: the lowest score on safety, or flagged words in it; none, no concern. */
export function childSafetyConcern(
  answers: Pick<Answers, 'domains'>,
  words: readonly string[] = flaggedSafetyWords,
): SafetyConcernReason[] {
  const safety = answers.domains[SAFETY_DOMAIN];
  if (!safety) return [];
  const reasons: SafetyConcernReason[] = [];
  if (safety.score === SCALE_MIN) reasons.push('lowest-safety-score');
  const said = `${safety.text} ${safety.concerns}`.toLocaleLowerCase('fi');
  if (words.some((word) => said.includes(word))) reasons.push('flagged-words');
  return reasons;
}
