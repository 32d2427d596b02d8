import type { AuditRecord } from '../record/audit-record.model.js';
import { auditRecordHash } from './audit-hash.util.js';

/** The chain of records that concern no single case (caseloads, statistics). */
export const AUDIT_NO_CASE_CHAIN = 'no-case';
/** The one chain every record written before per-case chains belongs to. Nothing new is appended to it. */
export const AUDIT_LEGACY_CHAIN = 'legacy-global';

/**
 * The chain a record about `caseId` belongs to: one chain per case, so appends about different cases
 * never wait on each other. The key is the case id as PostgreSQL prints a uuid (lowercase), which the
 * table checks.
 */
export function auditChainKey(caseId: string | null): string {
  return caseId === null ? AUDIT_NO_CASE_CHAIN : caseId.toLowerCase();
}

export type ChainBreak = 'prev-hash-mismatch' | 'hash-mismatch';

export type ChainVerification = { ok: true } | { ok: false; brokenAtSeq: number; reason: ChainBreak };

export type SegmentCheck = { ok: true; lastHash: string } | { ok: false; brokenAtSeq: number; reason: ChainBreak };

/**
 * Checks consecutive records (in `seq` order) against the hash of the record before them.
 * `prev-hash-mismatch`: the record does not follow the one before it (a record was removed,
 * inserted or re-hashed upstream). `hash-mismatch`: the record's fields no longer give its hash
 * (the record itself was changed).
 */
export function checkChainSegment(records: readonly AuditRecord[], expectedPrevHash: string): SegmentCheck {
  let previous = expectedPrevHash;
  for (const record of records) {
    if (record.prevHash !== previous) return { ok: false, brokenAtSeq: record.seq, reason: 'prev-hash-mismatch' };
    if (auditRecordHash(record.prevHash, record) !== record.hash) {
      return { ok: false, brokenAtSeq: record.seq, reason: 'hash-mismatch' };
    }
    previous = record.hash;
  }
  return { ok: true, lastHash: previous };
}
