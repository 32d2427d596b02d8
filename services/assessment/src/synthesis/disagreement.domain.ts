/** Scores this far apart or more on one domain are opposite views (e.g. 2 against 5). */
export const OPPOSITE_SPREAD = 3;

export interface ScoredView {
  invitationId: string;
  score: number | null;
}

export interface Disagreement {
  /** How many views scored the domain. */
  scored: number;
  lowest: number | null;
  highest: number | null;
  /** Highest minus lowest; 0 with fewer than two scores. */
  spread: number;
  /** Whether the views are opposite: spread of `OPPOSITE_SPREAD` or more. */
  opposite: boolean;
  /** The views at the two ends, when opposite: the ones a synthesis must keep attributed. */
  low: string[];
  high: string[];
}

/** Spread of the scores on one domain, and whether the views are opposite. */
export function disagreementOn(views: readonly ScoredView[], oppositeSpread = OPPOSITE_SPREAD): Disagreement {
  const scored = views.filter((view): view is ScoredView & { score: number } => view.score !== null);
  if (scored.length === 0) return { scored: 0, lowest: null, highest: null, spread: 0, opposite: false, low: [], high: [] };
  const lowest = Math.min(...scored.map((view) => view.score));
  const highest = Math.max(...scored.map((view) => view.score));
  const spread = highest - lowest;
  const opposite = spread >= oppositeSpread;
  return {
    scored: scored.length,
    lowest,
    highest,
    spread,
    opposite,
    low: opposite ? scored.filter((view) => view.score === lowest).map((view) => view.invitationId) : [],
    high: opposite ? scored.filter((view) => view.score === highest).map((view) => view.invitationId) : [],
  };
}
