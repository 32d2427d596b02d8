import type { components } from '../api/client-plan.openapi.js';

export type Plan = components['schemas']['Plan'];
export type PlanVersion = components['schemas']['PlanVersion'];
type Signatory = NonNullable<PlanVersion['round']>['signatories'][number];

/** What the reader may do with a version now: answer it (sign, or comment when asked to), send it for signing, or nothing. */
export type PlanTurn = { kind: 'answer'; part: Signatory['part'] } | { kind: 'send' } | { kind: 'none' };

/**
 * The reader's turn on a version: a party asked in the round under way who has not answered yet
 * answers; the responsible social worker (first among the signatories of any round, or the one
 * the app was told) sends a draft for signing.
 */
export function turnOn(version: PlanVersion, userId: string, isResponsibleWorker: boolean): PlanTurn {
  if (version.status === 'signing') {
    const own = version.round?.signatories.find((signatory) => signatory.userId === userId);
    return own && own.answer === null ? { kind: 'answer', part: own.part } : { kind: 'none' };
  }
  if (version.status === 'draft' && isResponsibleWorker) return { kind: 'send' };
  return { kind: 'none' };
}

/** Where the round stands, counted: those who must sign, and how many of them have. */
export function roundProgress(version: PlanVersion): { signed: number; required: number } {
  const required = version.round?.signatories.filter((signatory) => signatory.part === 'signs') ?? [];
  return { signed: required.filter((signatory) => signatory.answer?.decision === 'signed').length, required: required.length };
}
