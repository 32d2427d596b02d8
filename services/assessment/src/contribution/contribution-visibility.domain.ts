import type { InformationClass } from '@yhdessa/contracts';

export interface VisibilityFacts {
  readerUserId: string;
  /** The classes the visibility rule and the case's consents open to the reader today. */
  classes: ReadonlySet<InformationClass>;
  leadUserId: string;
  blindUntilSubmitted: boolean;
  /** Whether the reader is invited, and whether they have submitted their own view. */
  own: { submitted: boolean } | null;
}

export interface VisibleCandidate {
  authorUserId: string;
  informationClass: InformationClass;
  submitted: boolean;
}

/**
 * Which of the others' views a reader sees: only submitted ones, only of classes open to them, and
 * only for the lead and the invitees; an invitee of a blind assessment (the default) sees none until
 * they have submitted their own. Drafts are their author's alone.
 */
export function seesContribution(facts: VisibilityFacts, candidate: VisibleCandidate): boolean {
  if (candidate.authorUserId === facts.readerUserId) return true;
  if (!candidate.submitted) return false;
  if (!facts.classes.has(candidate.informationClass)) return false;
  if (facts.readerUserId === facts.leadUserId) return true;
  if (!facts.own) return false;
  return !facts.blindUntilSubmitted || facts.own.submitted;
}
