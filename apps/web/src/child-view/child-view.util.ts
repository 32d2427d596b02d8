import type { components } from '../api/assessment.openapi.js';

type Frame = components['schemas']['AssessmentFrame'];
type Answers = components['schemas']['AssessmentAnswers'];

/** The five faces, from the saddest (1) to the happiest (5): the frame's 1–5 scale in a child's words. */
export const faces = [1, 2, 3, 4, 5] as const;
export type Face = (typeof faces)[number];

/** The domain whose saddest face the service raises to the responsible worker at once. */
export const SAFETY_DOMAIN = 'safety';

/** What the service takes in one text (its `TEXT_LIMIT`); the form says it and stops there. */
export const CHILD_TEXT_LIMIT = 4000;

/** The child's form as it is filled in: a face and a few words per domain, and "what would make things better". */
export interface ChildForm {
  faces: Record<string, Face | null>;
  words: Record<string, string>;
  betterIf: string;
}

/** What of a frame the form needs: its domains' keys, in order, and its version. */
interface FrameShape {
  version: Frame['version'];
  domains: ReadonlyArray<Pick<Frame['domains'][number], 'key'>>;
}

const isFace = (score: number | null | undefined): score is Face => faces.includes(score as Face);

/** The form from the frame and what was saved before (a draft), each domain of the frame in its order. */
export function childFormFrom(frame: Pick<FrameShape, 'domains'>, saved: Answers | null): ChildForm {
  const form: ChildForm = { faces: {}, words: {}, betterIf: saved?.betterIf ?? '' };
  for (const { key } of frame.domains) {
    const answer = saved?.domains[key];
    form.faces[key] = isFace(answer?.score) ? answer.score : null;
    form.words[key] = answer?.text ?? '';
  }
  return form;
}

/**
 * The answers the service takes: every domain of the frame with its face (or none) and the child's
 * words; strengths and concerns are a professional's fields and stay empty. Words are trimmed.
 */
export function childAnswers(frame: FrameShape, form: ChildForm): Answers {
  const domains: Answers['domains'] = {};
  for (const { key } of frame.domains) {
    domains[key] = { score: form.faces[key] ?? null, strengths: '', concerns: '', text: (form.words[key] ?? '').trim() };
  }
  return { frameVersion: frame.version, domains, betterIf: form.betterIf.trim() };
}

/** Whether the child has said anything yet: a face or words anywhere (the service refuses an empty view). */
export function saysSomething(form: ChildForm): boolean {
  return (
    Object.values(form.faces).some((face) => face !== null) ||
    Object.values(form.words).some((words) => words.trim() !== '') ||
    form.betterIf.trim() !== ''
  );
}

/**
 * Whether the child chose the saddest face on safety: the form then thanks them calmly and says that
 * their worker will be in touch (the service raises the concern to the worker on its own).
 */
export function saysNotSafe(form: ChildForm): boolean {
  return form.faces[SAFETY_DOMAIN] === 1;
}

/** Texts longer than the service takes: the domain keys (and `betterIf`) to shorten before sending. */
export function tooLong(form: ChildForm, limit = CHILD_TEXT_LIMIT): string[] {
  const long = Object.entries(form.words)
    .filter(([, words]) => words.trim().length > limit)
    .map(([key]) => key);
  return form.betterIf.trim().length > limit ? [...long, 'betterIf'] : long;
}
