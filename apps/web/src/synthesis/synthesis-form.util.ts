import type { components, operations } from '../api/assessment.openapi.js';
import type { Matrix } from './disagreement.util.js';

type Synthesis = components['schemas']['AssessmentSynthesis'];
/** The synthesis as the service's save takes it. */
export type SynthesisBody = operations['synthesisSave']['requestBody']['content']['application/json']['synthesis'];

/** A disagreement kept in the synthesis: what it is about, and whose views it stands between (at least two). */
export interface DisagreementEntry {
  key: string;
  text: string;
  views: string[];
}

export interface DomainEntry {
  agreements: string;
  disagreements: DisagreementEntry[];
  childView: string;
}

/** A need identified, tied to the domains and the views it came from. */
export interface NeedEntry {
  key: string;
  text: string;
  domains: string[];
  fromInvitations: string[];
}

export interface SynthesisForm {
  domains: Record<string, DomainEntry>;
  overall: string;
  familySummary: string;
  needs: NeedEntry[];
}

let nextKey = 0;
/** A key for a row the worker adds (React's list key; never sent). */
export const rowKey = (): string => `row-${(nextKey += 1)}`;

/**
 * The editor from the saved draft, each domain of the frame in its order. Where the views are opposite
 * and nothing is recorded yet, a disagreement is started already attributed to the views at both ends,
 * so that keeping it is the easy thing and smoothing it away is not.
 */
export function synthesisFormFrom(
  domainKeys: readonly string[],
  draft: Synthesis | null,
  matrix: Pick<Matrix, 'domains'>,
): SynthesisForm {
  const domains: Record<string, DomainEntry> = {};
  for (const key of domainKeys) {
    const saved = draft?.domains.find((entry) => entry.domain === key);
    const disagreement = matrix.domains.find((entry) => entry.domain === key)?.disagreement;
    const kept = (saved?.disagreements ?? []).map((entry) => ({ key: rowKey(), text: entry.text, views: [...entry.views] }));
    if (kept.length === 0 && disagreement?.opposite) {
      kept.push({ key: rowKey(), text: '', views: [...disagreement.low, ...disagreement.high] });
    }
    domains[key] = { agreements: saved?.agreements ?? '', disagreements: kept, childView: saved?.childView ?? '' };
  }
  return {
    domains,
    overall: draft?.overall ?? '',
    familySummary: draft?.familySummary ?? '',
    needs: (draft?.needs ?? []).map((need) => ({
      key: rowKey(),
      text: need.text,
      domains: [...need.domains],
      fromInvitations: [...need.fromInvitations],
    })),
  };
}

/** A problem in the editor, before anything is sent: the field's path and the words' key. */
export interface EditorProblem {
  path: string;
  key: 'disagreementViews' | 'needDomains' | 'needViews';
}

/**
 * What the service would refuse: a disagreement written down must stand between at least two views,
 * and a need must name a domain and a view it came from. Rows left empty are not problems (not sent).
 */
export function editorProblems(form: SynthesisForm): EditorProblem[] {
  const problems: EditorProblem[] = [];
  for (const [domain, entry] of Object.entries(form.domains)) {
    for (const disagreement of entry.disagreements) {
      if (disagreement.text.trim() !== '' && disagreement.views.length < 2)
        problems.push({ path: `${domain}.${disagreement.key}`, key: 'disagreementViews' });
    }
  }
  for (const need of form.needs) {
    if (need.text.trim() === '') continue;
    if (need.domains.length === 0) problems.push({ path: need.key, key: 'needDomains' });
    if (need.fromInvitations.length === 0) problems.push({ path: need.key, key: 'needViews' });
  }
  return problems;
}

/** The synthesis the service takes: texts trimmed; a disagreement or need with no words is left out, an empty domain too. */
export function synthesisBody(form: SynthesisForm): SynthesisBody {
  const domains = Object.entries(form.domains).flatMap(([domain, entry]) => {
    const disagreements = entry.disagreements
      .filter((disagreement) => disagreement.text.trim() !== '')
      .map((disagreement) => ({ text: disagreement.text.trim(), views: [...new Set(disagreement.views)] }));
    const agreements = entry.agreements.trim();
    const childView = entry.childView.trim();
    return agreements || childView || disagreements.length > 0 ? [{ domain, agreements, disagreements, childView }] : [];
  });
  return {
    domains,
    overall: form.overall.trim(),
    familySummary: form.familySummary.trim(),
    needs: form.needs
      .filter((need) => need.text.trim() !== '')
      .map((need) => ({ text: need.text.trim(), domains: [...need.domains], fromInvitations: [...need.fromInvitations] })),
  };
}

/**
 * The domains whose opposite views the synthesis does not keep yet: no disagreement with words that
 * names a view from each end (the service refuses to complete until it does).
 */
export function unkeptOpposites(form: SynthesisForm, matrix: Pick<Matrix, 'domains'>): string[] {
  return matrix.domains
    .filter(({ disagreement }) => disagreement.opposite)
    .filter(({ domain, disagreement }) => {
      const recorded = form.domains[domain]?.disagreements ?? [];
      return !recorded.some(
        (entry) =>
          entry.text.trim() !== '' &&
          entry.views.some((id) => disagreement.low.includes(id)) &&
          entry.views.some((id) => disagreement.high.includes(id)),
      );
    })
    .map(({ domain }) => domain);
}

/** Adds or takes away one item of a set kept as a list (a view of a disagreement, a domain of a need). */
export const toggled = (list: readonly string[], item: string, on: boolean): string[] =>
  on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((kept) => kept !== item);
