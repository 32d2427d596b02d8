import type { components } from '../api/assessment.openapi.js';

export type Matrix = components['schemas']['AssessmentMatrix'];
export type MatrixView = Matrix['views'][number];
type Disagreement = Matrix['domains'][number]['disagreement'];

/**
 * How far apart the views on one domain are, as the matrix says it in words (and a mark), never by
 * colour alone: fewer than two scores, all the same, one step apart, two steps, or opposite views
 * (the service's flag: e.g. 2 against 5), which the synthesis must keep.
 */
export type DisagreementLevel = 'too-few' | 'agree' | 'close' | 'apart' | 'opposite';

export interface DisagreementDisplay {
  domain: string;
  level: DisagreementLevel;
  spread: number;
  lowest: number | null;
  highest: number | null;
  /** Who holds each end of opposite views, by name and role in the case. */
  low: string[];
  high: string[];
}

export function disagreementLevel(disagreement: Pick<Disagreement, 'scored' | 'spread' | 'opposite'>): DisagreementLevel {
  if (disagreement.opposite) return 'opposite';
  if (disagreement.scored < 2) return 'too-few';
  if (disagreement.spread === 0) return 'agree';
  return disagreement.spread === 1 ? 'close' : 'apart';
}

/** A view's author as the synthesis names them: "Anna Laine (class teacher)". */
export const viewLabel = (view: Pick<MatrixView, 'displayName' | 'roleInCase'>): string =>
  view.roleInCase ? `${view.displayName} (${view.roleInCase})` : view.displayName;

/** Each domain's disagreement, its ends named by the views the reader may see (an unknown id is left out). */
export function disagreementDisplays(matrix: Pick<Matrix, 'domains' | 'views'>): Map<string, DisagreementDisplay> {
  const names = new Map(matrix.views.map((view) => [view.invitationId, viewLabel(view)]));
  const named = (ids: readonly string[]) => ids.flatMap((id) => (names.has(id) ? [names.get(id)!] : []));
  return new Map(
    matrix.domains.map(({ domain, disagreement }) => [
      domain,
      {
        domain,
        level: disagreementLevel(disagreement),
        spread: disagreement.spread,
        lowest: disagreement.lowest,
        highest: disagreement.highest,
        low: named(disagreement.low),
        high: named(disagreement.high),
      },
    ]),
  );
}

/** The domains with opposite views, most apart first: where the worker looks first. */
export function oppositeDomains(matrix: Pick<Matrix, 'domains'>): string[] {
  return matrix.domains
    .filter(({ disagreement }) => disagreement.opposite)
    .sort((a, b) => b.disagreement.spread - a.disagreement.spread)
    .map(({ domain }) => domain);
}
