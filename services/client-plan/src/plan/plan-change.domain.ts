import type { PlanContent } from '../plan-record/plan-content.schema.js';
import { diffPlanContents, type PlanDifference } from './plan-diff.domain.js';

/** The parts of a plan its parties commit to: a change to them needs everyone's signature again. */
export const substantiveSections: ReadonlySet<string> = new Set(['goals', 'actions', 'services']);

/** At most this many characters changed in one text, by the person who wrote it: a typo fix. */
export const typoFixMaxEdits = 3;

/** Who wrote the current wording of a text: by `section/itemId/field`, the author of the revision that last changed it. */
export type WordingAuthors = ReadonlyMap<string, string>;

export const wordingKey = (difference: Pick<PlanDifference, 'section' | 'itemId' | 'field'>) =>
  `${difference.section}/${difference.itemId ?? ''}/${difference.field ?? ''}`;

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

export interface ChangeVerdict {
  substantive: boolean;
  /** The differences that made it substantive. */
  substantiveDifferences: PlanDifference[];
}

/** Whether a difference is the author's own typo fix: a rewording of a few characters of a text they wrote. */
function isTypoFix(difference: PlanDifference, editorUserId: string, authors: WordingAuthors): boolean {
  return (
    difference.change === 'reworded' &&
    authors.get(wordingKey(difference)) === editorUserId &&
    editDistance(difference.before ?? '', difference.after ?? '', typoFixMaxEdits) <= typoFixMaxEdits
  );
}

/**
 * Whether a change to a plan is substantive: anything added to, removed from or changed in its goals,
 * actions (what, who is responsible, which agency, when) or services, except a rewording of at most
 * three characters by the person who wrote the words. Needs, participants, the child's view, the
 * disagreements and the review date are recorded without a new signature round; an action's status
 * and notes are not content at all.
 */
export function classifyChange(
  before: PlanContent,
  after: PlanContent,
  editorUserId: string,
  authors: WordingAuthors,
): ChangeVerdict {
  const substantiveDifferences = diffPlanContents(before, after).filter(
    (difference) => substantiveSections.has(difference.section) && !isTypoFix(difference, editorUserId, authors),
  );
  return { substantive: substantiveDifferences.length > 0, substantiveDifferences };
}

/** Who wrote each text's current wording, from a version's revisions in order (each with its author). */
export function wordingAuthorsOf(revisions: ReadonlyArray<{ content: PlanContent; authorUserId: string }>): Map<string, string> {
  const authors = new Map<string, string>();
  let previous: PlanContent | null = null;
  for (const revision of revisions) {
    if (previous === null) {
      for (const difference of diffPlanContents(emptyLike(revision.content), revision.content))
        for (const field of fieldsOfAdded(difference)) authors.set(wordingKey({ ...difference, field }), revision.authorUserId);
    } else {
      for (const difference of diffPlanContents(previous, revision.content)) {
        if (difference.change === 'added')
          for (const field of fieldsOfAdded(difference)) authors.set(wordingKey({ ...difference, field }), revision.authorUserId);
        else authors.set(wordingKey(difference), revision.authorUserId);
      }
    }
    previous = revision.content;
  }
  return authors;
}

const emptyLike = (content: PlanContent): PlanContent => ({
  ...content,
  needs: [],
  goals: [],
  actions: [],
  services: [],
  participants: [],
  childView: null,
  disagreements: [],
  reviewOn: null,
});

/** The text fields of an added item, so each has its author. */
function fieldsOfAdded(difference: PlanDifference): string[] {
  switch (difference.section) {
    case 'goals':
      return ['professional', 'childWords'];
    case 'actions':
      return ['what'];
    case 'services':
      return ['name'];
    case 'needs':
      return ['text'];
    case 'disagreements':
      return ['topic', 'view', 'heldBy'];
    default:
      return [];
  }
}
