import type { components } from '../api/assessment.openapi.js';

export type Answers = components['schemas']['AssessmentAnswers'];
export type Contribution = components['schemas']['AssessmentContribution'];
export type Frame = components['schemas']['AssessmentFrame'];
export type Words = { fi: string; sv: string; en: string };

/** The service's limit for each text of a view (strengths, concerns, words, an addendum). */
export const TEXT_LIMIT = 4000;
export const SCALE = [1, 2, 3, 4, 5] as const;

export interface DomainForm {
  score: number | null;
  strengths: string;
  concerns: string;
  text: string;
}
export const domainTexts = ['strengths', 'concerns', 'text'] as const;
export type DomainText = (typeof domainTexts)[number];

/** One's own view as the form holds it: per domain of the frame, and what would make things better. */
export interface ContributionForm {
  domains: Record<string, DomainForm>;
  betterIf: string;
}

const emptyDomain = (): DomainForm => ({ score: null, strengths: '', concerns: '', text: '' });

/** The form over the frame's domains, filled from a saved draft where there is one. */
export function formFromAnswers(domainKeys: readonly string[], answers: Answers | null | undefined): ContributionForm {
  const domains: Record<string, DomainForm> = {};
  for (const key of domainKeys) {
    const saved = answers?.domains[key];
    domains[key] = saved
      ? { score: saved.score ?? null, strengths: saved.strengths, concerns: saved.concerns, text: saved.text }
      : emptyDomain();
  }
  return { domains, betterIf: answers?.betterIf ?? '' };
}

/** The request's answers: every domain of the frame, on the frame version the assessment keeps. */
export function toAnswers(form: ContributionForm, frameVersion: number): Answers {
  const domains: Answers['domains'] = {};
  for (const [key, domain] of Object.entries(form.domains)) {
    domains[key] = { score: domain.score, strengths: domain.strengths, concerns: domain.concerns, text: domain.text };
  }
  return { frameVersion, domains, betterIf: form.betterIf };
}

/** The texts over the service's limit, as `domain.field` (or `betterIf`): such a draft is not sent until shortened. */
export function textsOverLimit(form: ContributionForm, limit = TEXT_LIMIT): string[] {
  const over: string[] = [];
  for (const [key, domain] of Object.entries(form.domains)) {
    for (const field of domainTexts) if (domain[field].length > limit) over.push(`${key}.${field}`);
  }
  if (form.betterIf.length > limit) over.push('betterIf');
  return over;
}

/** Whether anything is given at all: the service refuses to submit an empty view. */
export function hasContent(form: ContributionForm): boolean {
  return (
    form.betterIf.trim() !== '' ||
    Object.values(form.domains).some(
      (domain) => domain.score !== null || domainTexts.some((field) => domain[field].trim() !== ''),
    )
  );
}

/** A frame's words in the reader's language. */
export const wordsIn = (words: Words, language: string): string =>
  language === 'sv' ? words.sv : language === 'en' ? words.en : words.fi;
