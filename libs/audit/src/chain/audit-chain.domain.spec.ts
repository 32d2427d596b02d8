import type { AuditRecord, AuditRecordFields } from '../record/audit-record.model.js';
import { AUDIT_NO_CASE_CHAIN, auditChainKey, checkChainSegment } from './audit-chain.domain.js';
import { AUDIT_GENESIS_HASH, auditRecordHash } from './audit-hash.util.js';

function fieldsFor(n: number): AuditRecordFields {
  return {
    id: `019ab0f0-0000-7000-8000-${String(n).padStart(12, '0')}`,
    occurredAt: new Date(Date.UTC(2026, 2, 2, 8, n)),
    service: 'client-plan',
    actor: { userId: `user-${n}`, agency: 'school', role: 'teacher' },
    caseId: '019ab0f0-0000-7000-8000-0000000000ca',
    action: 'read',
    resource: 'plan',
    informationClass: 'shared-plan',
    purpose: 'care-team-work',
    disclosedToAgency: null,
    correlationId: null,
  };
}

function chainOf(count: number, firstSeq = 1, prevHash = AUDIT_GENESIS_HASH): AuditRecord[] {
  const records: AuditRecord[] = [];
  for (let i = 0; i < count; i += 1) {
    const fields = fieldsFor(firstSeq + i);
    const hash = auditRecordHash(prevHash, fields);
    records.push({ ...fields, chainKey: auditChainKey(fields.caseId), seq: firstSeq + i, prevHash, hash });
    prevHash = hash;
  }
  return records;
}

describe('checkChainSegment', () => {
  it('accepts an empty chain and hands back the hash it started from', () => {
    expect(checkChainSegment([], AUDIT_GENESIS_HASH)).toEqual({ ok: true, lastHash: AUDIT_GENESIS_HASH });
  });

  it('accepts an intact chain and hands back its last hash to continue from', () => {
    const records = chainOf(4);
    expect(checkChainSegment(records, AUDIT_GENESIS_HASH)).toEqual({ ok: true, lastHash: records[3]!.hash });
  });

  it('continues across segments', () => {
    const records = chainOf(6);
    const first = checkChainSegment(records.slice(0, 3), AUDIT_GENESIS_HASH);
    expect(first.ok).toBe(true);
    if (first.ok) expect(checkChainSegment(records.slice(3), first.lastHash).ok).toBe(true);
  });

  it('tolerates gaps in seq (a rolled-back append uses up a sequence number)', () => {
    const records = chainOf(3).map((record, index) => ({ ...record, seq: record.seq + index * 10 }));
    expect(checkChainSegment(records, AUDIT_GENESIS_HASH).ok).toBe(true);
  });

  it('finds a changed field at the changed record', () => {
    const records = chainOf(4);
    records[2] = { ...records[2]!, purpose: 'statistics' };
    expect(checkChainSegment(records, AUDIT_GENESIS_HASH)).toEqual({ ok: false, brokenAtSeq: 3, reason: 'hash-mismatch' });
  });

  it('finds a changed and re-hashed record at the record after it', () => {
    const records = chainOf(4);
    const changed = { ...records[1]!, actor: { userId: 'someone-else', agency: 'school' as const, role: 'teacher' as const } };
    records[1] = { ...changed, hash: auditRecordHash(changed.prevHash, changed) };
    expect(checkChainSegment(records, AUDIT_GENESIS_HASH)).toEqual({ ok: false, brokenAtSeq: 3, reason: 'prev-hash-mismatch' });
  });

  it('finds a removed record at the record after the gap', () => {
    const records = chainOf(4);
    records.splice(1, 1);
    expect(checkChainSegment(records, AUDIT_GENESIS_HASH)).toEqual({ ok: false, brokenAtSeq: 3, reason: 'prev-hash-mismatch' });
  });

  it('refuses a chain that does not start from the expected hash', () => {
    expect(checkChainSegment(chainOf(2), 'a'.repeat(64))).toEqual({ ok: false, brokenAtSeq: 1, reason: 'prev-hash-mismatch' });
  });
});

describe('auditChainKey', () => {
  it('gives each case its own chain, keyed by the case id as PostgreSQL prints it', () => {
    expect(auditChainKey('019AB0F0-0000-7000-8000-0000000000CA')).toBe('019ab0f0-0000-7000-8000-0000000000ca');
  });

  it('puts records about no single case in one chain', () => {
    expect(auditChainKey(null)).toBe(AUDIT_NO_CASE_CHAIN);
  });
});
