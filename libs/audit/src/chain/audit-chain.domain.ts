import type { AuditRecord } from '../record/audit-record.model.js';
import { auditRecordHash } from './audit-hash.util.js';

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
