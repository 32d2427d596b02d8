import type { PlanSignatoryEntity } from '../plan-record/plan-signatory.entity.js';
import type { PlanSignatureEntity, SignatureDecision } from '../plan-record/plan-signature.entity.js';
import type { PlanVersionEntity } from '../plan-record/plan-version.entity.js';
import { SignOffError, SignOffErrorCode } from './sign-off.error.js';

export type Answer = 'sign' | 'comment' | 'decline';

/**
 * Whether a party's answer counts: the version is out for signing and its round has not expired; the
 * hash they saw is the content's hash now (an edit since then makes it stale: never a signature on
 * changed content); they were asked, and have not answered yet; in an ordered round, everyone before
 * them who must sign has signed. Only a party asked to comment comments. Answers with what is recorded.
 */
export function decideAnswer(input: {
  version: Pick<PlanVersionEntity, 'status' | 'contentHash' | 'roundExpiresAt' | 'roundOrdered'>;
  signatories: readonly Pick<PlanSignatoryEntity, 'userId' | 'part' | 'position'>[];
  answers: readonly Pick<PlanSignatureEntity, 'userId' | 'decision'>[];
  userId: string;
  contentHash: string;
  answer: Answer;
  now: Date;
}): SignatureDecision {
  const { version, signatories, answers, userId, contentHash, answer, now } = input;
  if (version.contentHash !== contentHash) {
    throw new SignOffError(
      SignOffErrorCode.StaleContentHash,
      'The plan has changed since it was read; read it again before signing.',
      {
        currentHash: version.contentHash,
      },
    );
  }
  if (version.status !== 'signing')
    throw new SignOffError(SignOffErrorCode.NotOpenForSigning, 'This version is not out for signing.');
  if (version.roundExpiresAt && version.roundExpiresAt.getTime() <= now.getTime())
    throw new SignOffError(SignOffErrorCode.RoundExpired, 'The time to sign this version has passed.');
  const signatory = signatories.find((candidate) => candidate.userId === userId);
  if (!signatory) throw new SignOffError(SignOffErrorCode.NotASignatory, 'You are not asked to sign this version.');
  if (answers.some((given) => given.userId === userId))
    throw new SignOffError(SignOffErrorCode.AlreadyAnswered, 'You have already answered for this version.');
  if (answer === 'comment' && signatory.part !== 'comments')
    throw new SignOffError(SignOffErrorCode.NotASignatory, 'You are asked to sign this version, not to comment on it.');
  if (version.roundOrdered && answer !== 'decline') {
    const waitingFor = signatories.filter(
      (before) =>
        before.position < signatory.position &&
        before.part === 'signs' &&
        !answers.some((given) => given.userId === before.userId && given.decision === 'signed'),
    );
    if (waitingFor.length > 0)
      throw new SignOffError(SignOffErrorCode.OutOfOrder, 'Those before you in the signing order have not signed yet.', {
        waitingFor: waitingFor.map((before) => before.userId),
      });
  }
  return answer === 'sign' ? 'signed' : answer === 'comment' ? 'commented' : 'declined';
}

/** Every party who must sign has signed (those asked to comment are not waited for). */
export function everyoneSigned(
  signatories: readonly Pick<PlanSignatoryEntity, 'userId' | 'part'>[],
  answers: readonly Pick<PlanSignatureEntity, 'userId' | 'decision'>[],
): boolean {
  return signatories
    .filter((signatory) => signatory.part === 'signs')
    .every((signatory) => answers.some((given) => given.userId === signatory.userId && given.decision === 'signed'));
}

/** How many signatures a round opens awaiting: one from each party who signs. */
export function signaturesAwaited(signatories: readonly Pick<PlanSignatoryEntity, 'part'>[]): number {
  return signatories.filter((signatory) => signatory.part === 'signs').length;
}

/** Whether an answer is one of those the round awaits: a signature by a party who signs. */
export function isAwaitedSignature(decision: SignatureDecision, part: PlanSignatoryEntity['part']): boolean {
  return decision === 'signed' && part === 'signs';
}

/**
 * Whether a signature brings the version into force: none awaited once it is counted. The count and
 * this decision are taken under the version's row lock, so of answers given at once exactly one sees zero.
 */
export function bringsIntoForce(decision: SignatureDecision, awaitedAfter: number): boolean {
  return decision === 'signed' && awaitedAfter === 0;
}
