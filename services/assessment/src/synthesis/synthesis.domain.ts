import { CommonError, CommonErrorCode } from '@yhdessa/platform';
import { hasDomain, type Frame } from '../frame/frame.domain.js';
import type { Disagreement } from './disagreement.domain.js';
import type { SynthesisDraft } from '../assessment-record/synthesis-draft.schema.js';
import { SynthesisError, SynthesisErrorCode } from './synthesis.error.js';

/** The synthesis names only the frame's domains and submitted views: a 400 naming each field that does not. */
export function checkSynthesisReferences(
  synthesis: SynthesisDraft,
  frame: Pick<Frame, 'domains'>,
  submittedInvitations: ReadonlySet<string>,
): void {
  const errors: Array<{ path: string; message: string }> = [];
  const view = (id: string, path: string) => {
    if (!submittedInvitations.has(id)) errors.push({ path, message: 'not a submitted view of this assessment' });
  };
  const domain = (key: string, path: string) => {
    if (!hasDomain(frame, key)) errors.push({ path, message: 'no such domain in the frame' });
  };
  synthesis.domains.forEach((entry, i) => {
    domain(entry.domain, `domains.${i}.domain`);
    entry.disagreements.forEach((disagreement, j) =>
      disagreement.views.forEach((id, k) => view(id, `domains.${i}.disagreements.${j}.views.${k}`)),
    );
  });
  synthesis.needs.forEach((need, i) => {
    need.domains.forEach((key, j) => domain(key, `needs.${i}.domains.${j}`));
    need.fromInvitations.forEach((id, j) => view(id, `needs.${i}.fromInvitations.${j}`));
  });
  if (errors.length > 0)
    throw new CommonError(CommonErrorCode.ValidationFailed, 'The synthesis names what is not there.', { errors });
}

/**
 * A synthesis may complete the assessment when it keeps every disagreement: for each domain where
 * views are opposite, a recorded disagreement attributed to a view from each end. It also says
 * something to the family and names at least one view submitted.
 */
export function checkCompletable(
  synthesis: SynthesisDraft,
  disagreements: ReadonlyMap<string, Disagreement>,
  submittedCount: number,
): void {
  if (submittedCount === 0) {
    throw new SynthesisError(SynthesisErrorCode.NoViews, 'No view has been submitted yet.');
  }
  const smoothed: string[] = [];
  for (const [domain, disagreement] of disagreements) {
    if (!disagreement.opposite) continue;
    const recorded = synthesis.domains.find((entry) => entry.domain === domain)?.disagreements ?? [];
    const kept = recorded.some(
      (entry) =>
        entry.views.some((id) => disagreement.low.includes(id)) && entry.views.some((id) => disagreement.high.includes(id)),
    );
    if (!kept) smoothed.push(domain);
  }
  if (smoothed.length > 0) {
    throw new SynthesisError(
      SynthesisErrorCode.DisagreementNotKept,
      'Where views are opposite, the synthesis records the disagreement and whose views they are.',
      { domains: smoothed },
    );
  }
  if (synthesis.familySummary.trim() === '') {
    throw new SynthesisError(SynthesisErrorCode.FamilySummaryMissing, 'Write the summary the family reads before completing.');
  }
}

/** Same version as the caller saw, or 409 with the current one. */
export function checkSynthesisVersion(current: number, expected: number): void {
  if (current !== expected) {
    throw new SynthesisError(SynthesisErrorCode.VersionConflict, 'The synthesis was saved elsewhere in the meantime.', {
      currentVersion: current,
    });
  }
}
