import type { Sight } from '@yhdessa/access';
import type { Agency } from '@yhdessa/contracts';
import type { PlanActionStatus, PlanActionUpdateEntity } from './plan-action-update.entity.js';
import type { PlanContent } from './plan-content.schema.js';
import type { PlanRevisionEntity } from './plan-revision.entity.js';
import type { PlanSignatoryEntity, SignatoryGround, SignatoryPart } from './plan-signatory.entity.js';
import type { PlanSignatureEntity, SignatureDecision } from './plan-signature.entity.js';
import type { PlanVersionEntity, PlanVersionStatus } from './plan-version.entity.js';
import { contentFor } from './plan-visibility.domain.js';

export interface AnswerView {
  round: number;
  userId: string;
  displayName: string;
  agency: Agency;
  decision: SignatureDecision;
  contentHash: string;
  remark: string | null;
  at: string;
}

export interface SignatoryView {
  userId: string;
  displayName: string;
  agency: Agency;
  part: SignatoryPart;
  ground: SignatoryGround;
  position: number;
  answer: AnswerView | null;
}

export interface PlanVersionView {
  version: number;
  status: PlanVersionStatus;
  revision: number;
  contentHash: string;
  /** The hash every party signed, when a correction that is not substantive has changed the content since. */
  signedContentHash: string | null;
  content: PlanContent;
  /** How many actions of this version are kept from the reader (another agency's, without consent). */
  hiddenActions: number;
  signedOffAt: string | null;
  /** The sign-off round under way or last held; null before the first. */
  round: { number: number; ordered: boolean; expiresAt: string | null; signatories: SignatoryView[] } | null;
  /** Every answer to this version, every round, oldest first: the signature record. */
  signatureRecord: AnswerView[];
}

export interface ActionProgressView {
  actionId: string;
  status: PlanActionStatus;
  note: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface PlanView {
  planId: string;
  caseId: string;
  childDateOfBirth: string | null;
  /** The version that counts, signed by every party; null until the first is. */
  inForce: PlanVersionView | null;
  /** The version being written or out for signing; null when there is none. */
  open: PlanVersionView | null;
  /** Where each action the reader sees of the plan in force stands. */
  actions: ActionProgressView[];
}

export interface RevisionView {
  revision: number;
  contentHash: string;
  substantive: boolean;
  author: { userId: string; name: string };
  savedAt: string;
}

export interface PlanVersionDetailView extends PlanVersionView {
  revisions: RevisionView[];
}

export const toAnswerView = (answer: PlanSignatureEntity): AnswerView => ({
  round: answer.round,
  userId: answer.userId,
  displayName: answer.displayName,
  agency: answer.agency,
  decision: answer.decision,
  contentHash: answer.contentHash,
  remark: answer.remark,
  at: answer.signedAt.toISOString(),
});

export function toVersionView(
  version: PlanVersionEntity,
  signatories: readonly PlanSignatoryEntity[],
  answers: readonly PlanSignatureEntity[],
  sight: Sight,
  userId: string,
): PlanVersionView {
  const seen = contentFor(version.content, sight, userId);
  const roundAnswers = answers.filter((answer) => answer.round === version.round);
  return {
    version: version.version,
    status: version.status,
    revision: version.revision,
    contentHash: version.contentHash,
    signedContentHash:
      version.signedContentHash !== null && version.signedContentHash !== version.contentHash ? version.signedContentHash : null,
    content: seen.content,
    hiddenActions: seen.hiddenActions,
    signedOffAt: version.signedOffAt?.toISOString() ?? null,
    round:
      version.round === 0
        ? null
        : {
            number: version.round,
            ordered: version.roundOrdered,
            expiresAt: version.roundExpiresAt?.toISOString() ?? null,
            signatories: signatories.map((signatory) => {
              const answer = roundAnswers.find((given) => given.userId === signatory.userId);
              return {
                userId: signatory.userId,
                displayName: signatory.displayName,
                agency: signatory.agency,
                part: signatory.part,
                ground: signatory.ground,
                position: signatory.position,
                answer: answer ? toAnswerView(answer) : null,
              };
            }),
          },
    signatureRecord: answers.map(toAnswerView),
  };
}

export const toRevisionView = (revision: PlanRevisionEntity): RevisionView => ({
  revision: revision.revision,
  contentHash: revision.contentHash,
  substantive: revision.substantive,
  author: { userId: revision.authorUserId, name: revision.authorName },
  savedAt: revision.savedAt.toISOString(),
});

export function toActionProgress(
  content: PlanContent,
  updates: ReadonlyMap<string, PlanActionUpdateEntity>,
): ActionProgressView[] {
  return content.actions.map((action) => {
    const update = updates.get(action.id);
    return {
      actionId: action.id,
      status: update?.status ?? 'planned',
      note: update?.note ?? null,
      updatedAt: update?.updatedAt.toISOString() ?? null,
      updatedBy: update?.byName ?? null,
    };
  });
}
