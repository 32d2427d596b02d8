import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PlanSignatoryEntity } from '../plan-record/plan-signatory.entity.js';
import type { PlanSignatureEntity } from '../plan-record/plan-signature.entity.js';
import type { PlanVersionEntity } from '../plan-record/plan-version.entity.js';
import { PlanError, PlanErrorCode } from '../plan-record/plan.error.js';

/** What an answer is decided on: the version's round (not its content), who it asks and who has answered. */
export interface RoundToAnswer {
  planId: string;
  version: Pick<PlanVersionEntity, 'status' | 'contentHash' | 'round' | 'roundExpiresAt' | 'roundOrdered'>;
  /** How many signatures the round still awaits. */
  awaited: number;
  signatories: Pick<PlanSignatoryEntity, 'userId' | 'part' | 'position'>[];
  answers: Pick<PlanSignatureEntity, 'userId' | 'decision'>[];
}

export type Recorded = Pick<
  PlanSignatureEntity,
  | 'signatureId'
  | 'planId'
  | 'version'
  | 'round'
  | 'userId'
  | 'displayName'
  | 'agency'
  | 'decision'
  | 'contentHash'
  | 'remark'
  | 'signedAt'
>;

/**
 * The sign-off's reads and writes in as few statements as an answer allows, each a round trip that
 * the answers given at the same moment would otherwise wait for one after another.
 */
@Injectable()
export class SignOffRepository {
  /**
   * The round of a version to answer, in one statement. With `share`, the plan's row is share-locked:
   * answers go on side by side, while an edit, a round's opening or its expiry (which take the plan's
   * lock for update) wait for them, and they for it.
   */
  async roundToAnswer(manager: EntityManager, caseId: string, version: number, share: boolean): Promise<RoundToAnswer> {
    const [row]: RoundRow[] = await manager.query(
      `SELECT p.plan_id, v.status, v.content_hash, v.round, v.round_expires_at, v.round_ordered, v.round_awaited,
              COALESCE((SELECT json_agg(json_build_object('userId', s.user_id, 'part', s.part, 'position', s.position) ORDER BY s.position)
                          FROM plan_signatory s
                         WHERE s.plan_id = v.plan_id AND s.version = v.version AND s.round = v.round), '[]') AS signatories,
              COALESCE((SELECT json_agg(json_build_object('userId', a.user_id, 'decision', a.decision))
                          FROM plan_signature a
                         WHERE a.plan_id = v.plan_id AND a.version = v.version AND a.round = v.round), '[]') AS answers
         FROM plan p LEFT JOIN plan_version v ON v.plan_id = p.plan_id AND v.version = $2
        WHERE p.case_id = $1${share ? ' FOR SHARE OF p' : ''}`,
      [caseId, version],
    );
    if (!row) throw new PlanError(PlanErrorCode.NotFound, 'This case has no client plan yet.');
    if (row.status === null) throw new PlanError(PlanErrorCode.VersionNotFound, 'The plan has no such version.');
    return {
      planId: row.plan_id,
      version: {
        status: row.status,
        contentHash: row.content_hash,
        round: row.round,
        roundExpiresAt: row.round_expires_at,
        roundOrdered: row.round_ordered,
      },
      awaited: row.round_awaited,
      signatories: row.signatories,
      answers: row.answers,
    };
  }

  /**
   * Records the answer and, in the same statement, takes the version's row lock: the version is still
   * out for signing in this round on this hash (checked on its row as it is now, after any wait),
   * `awaitedTaken` (0 or 1) comes off its awaited signatures, a decline sends it back to draft. The
   * lock holds to the commit, so answers to one version are counted one after another. Answers how
   * many signatures are still awaited, or null when the version is no longer as it was read (nothing
   * is then to be kept).
   */
  async record(manager: EntityManager, answer: Recorded, awaitedTaken: 0 | 1): Promise<number | null> {
    const backToDraft = answer.decision === 'declined' ? ", status = 'draft', round_expires_at = NULL" : '';
    // An UPDATE answers its returned rows with the count of rows it changed.
    const [rows]: [Array<{ round_awaited: number }>, number] = await manager.query(
      `WITH answer AS (
         INSERT INTO plan_signature (signature_id, plan_id, version, round, user_id, display_name, agency, decision, content_hash, remark, signed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       )
       UPDATE plan_version SET round_awaited = round_awaited - $12${backToDraft}
        WHERE plan_id = $2 AND version = $3 AND round = $4 AND status = 'signing' AND content_hash = $9
       RETURNING round_awaited`,
      [
        answer.signatureId,
        answer.planId,
        answer.version,
        answer.round,
        answer.userId,
        answer.displayName,
        answer.agency,
        answer.decision,
        answer.contentHash,
        answer.remark,
        answer.signedAt,
        awaitedTaken,
      ],
    );
    return rows[0]?.round_awaited ?? null;
  }

  /**
   * Records answers decided together, in their order, in one statement that takes the version's row
   * lock: only if the version is still as they were decided on (out for signing in this round, on this
   * hash, awaiting `awaitedBefore`), `awaitedTaken` comes off its awaited signatures and, with
   * `declined`, it goes back to draft. Answers false when the version was no longer so (nothing is then
   * to be kept).
   */
  async recordAll(
    manager: EntityManager,
    answers: readonly Recorded[],
    version: { awaitedBefore: number; awaitedTaken: number; declined: boolean },
  ): Promise<boolean> {
    const first = answers[0]!;
    const column = <K extends keyof Recorded>(key: K) => answers.map((answer) => answer[key]);
    const [rows]: [unknown[], number] = await manager.query(
      `WITH answer AS (
         INSERT INTO plan_signature (signature_id, plan_id, version, round, user_id, display_name, agency, decision, content_hash, remark, signed_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                              $10::text[], $11::timestamptz[])
       )
       UPDATE plan_version SET round_awaited = round_awaited - $12${version.declined ? ", status = 'draft', round_expires_at = NULL" : ''}
        WHERE plan_id = $13 AND version = $14 AND round = $15 AND status = 'signing' AND content_hash = $16 AND round_awaited = $17
       RETURNING round_awaited`,
      [
        column('signatureId'),
        column('planId'),
        column('version'),
        column('round'),
        column('userId'),
        column('displayName'),
        column('agency'),
        column('decision'),
        column('contentHash'),
        column('remark'),
        column('signedAt'),
        version.awaitedTaken,
        first.planId,
        first.version,
        first.round,
        first.contentHash,
        version.awaitedBefore,
      ],
    );
    return rows.length === 1;
  }

  /** The version comes into force on the hash its parties signed; the one in force before is superseded. */
  async bringIntoForce(manager: EntityManager, planId: string, version: number, signedOffAt: Date): Promise<void> {
    await manager.query(`UPDATE plan_version SET status = 'superseded' WHERE plan_id = $1 AND status = 'in-force'`, [planId]);
    await manager.query(
      `UPDATE plan_version SET status = 'in-force', signed_off_at = $3, signed_content_hash = content_hash, round_expires_at = NULL
        WHERE plan_id = $1 AND version = $2`,
      [planId, version, signedOffAt],
    );
  }

  /** A round opens: the version out for signing, awaiting a signature from each party who signs. */
  async openRound(
    manager: EntityManager,
    planId: string,
    version: number,
    round: Pick<PlanVersionEntity, 'round' | 'roundExpiresAt' | 'roundOrdered'> & { awaited: number },
  ): Promise<void> {
    await manager.query(
      `UPDATE plan_version SET status = 'signing', round = $3, round_expires_at = $4, round_ordered = $5, round_awaited = $6
        WHERE plan_id = $1 AND version = $2`,
      [planId, version, round.round, round.roundExpiresAt, round.roundOrdered, round.awaited],
    );
  }
}

interface RoundRow {
  plan_id: string;
  status: PlanVersionEntity['status'] | null;
  content_hash: string;
  round: number;
  round_expires_at: Date | null;
  round_ordered: boolean;
  round_awaited: number;
  signatories: RoundToAnswer['signatories'];
  answers: RoundToAnswer['answers'];
}
