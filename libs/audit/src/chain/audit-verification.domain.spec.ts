import type { AuditRecord, AuditRecordFields } from '../record/audit-record.model.js';
import { auditRecordHash, AUDIT_GENESIS_HASH } from './audit-hash.util.js';
import { AuditChainWalk, type ChainCheckpoint } from './audit-verification.domain.js';

const CASE_A = '019ab0f0-0000-7000-8000-00000000000a';
const CASE_B = '019ab0f0-0000-7000-8000-00000000000b';
let nextId = 0;

function fieldsFor(caseId: string): AuditRecordFields {
  nextId += 1;
  return {
    id: `019ab0f0-0000-7000-8000-${String(nextId).padStart(12, '0')}`,
    occurredAt: new Date(Date.UTC(2026, 2, 2, 8, nextId)),
    service: 'client-plan',
    actor: { userId: 'user-1', agency: 'school', role: 'teacher' },
    caseId,
    action: 'read',
    resource: 'plan',
    informationClass: 'shared-plan',
    purpose: 'care-team-work',
    disclosedToAgency: null,
    correlationId: null,
  };
}

/** A chain of `count` records about `caseId`, with seq numbers from `seqs` (gaps allowed). */
function chainOf(caseId: string, seqs: number[]): AuditRecord[] {
  let prevHash = AUDIT_GENESIS_HASH;
  return seqs.map((seq) => {
    const fields = fieldsFor(caseId);
    const hash = auditRecordHash(prevHash, fields);
    const record = { ...fields, chainKey: caseId, seq, prevHash, hash };
    prevHash = hash;
    return record;
  });
}

/** Re-hashes `records` from `from` on, as a forger rewriting the chain's tail would. */
function rehashFrom(records: AuditRecord[], from: number): AuditRecord[] {
  const out = records.slice(0, from);
  let prevHash = from === 0 ? AUDIT_GENESIS_HASH : records[from - 1]!.hash;
  for (const record of records.slice(from)) {
    const rewritten = { ...record, prevHash, hash: auditRecordHash(prevHash, record) };
    out.push(rewritten);
    prevHash = rewritten.hash;
  }
  return out;
}

const headOf = (records: AuditRecord[]): ChainCheckpoint => {
  const last = records[records.length - 1]!;
  return { chainKey: last.chainKey, seq: last.seq, hash: last.hash };
};

function walk(records: AuditRecord[], checkpoints: ChainCheckpoint[] = []) {
  const verifier = new AuditChainWalk(checkpoints);
  for (const record of records) verifier.add(record);
  return verifier.finish();
}

describe('AuditChainWalk', () => {
  it('counts chains and records of an intact log, with and without checkpoints', () => {
    const a = chainOf(CASE_A, [1, 4, 5]);
    const b = chainOf(CASE_B, [2, 3]);
    expect(walk([...a, ...b])).toEqual({ chains: 2, records: 5, checkpointedChains: 0, breaks: [] });
    expect(walk([...a, ...b], [headOf(a), { ...headOf(b), seq: 2, hash: b[0]!.hash }])).toEqual({
      chains: 2,
      records: 5,
      checkpointedChains: 2,
      breaks: [],
    });
  });

  it('accepts an empty log', () => {
    expect(walk([])).toEqual({ chains: 0, records: 0, checkpointedChains: 0, breaks: [] });
  });

  it('names a changed record by its seq and id', () => {
    const a = chainOf(CASE_A, [1, 2, 3]);
    a[1] = { ...a[1]!, purpose: 'statistics' };
    expect(walk(a).breaks).toEqual([{ chainKey: CASE_A, problem: 'hash-mismatch', seq: 2, recordId: a[1]!.id }]);
  });

  it('names the record after a removed one', () => {
    const a = chainOf(CASE_A, [1, 2, 3]);
    expect(walk([a[0]!, a[2]!]).breaks).toEqual([
      { chainKey: CASE_A, problem: 'prev-hash-mismatch', seq: 3, recordId: a[2]!.id },
    ]);
  });

  it('names only the first break of a chain, and every broken chain', () => {
    const a = chainOf(CASE_A, [1, 2, 3]);
    const b = chainOf(CASE_B, [4, 5]);
    a[1] = { ...a[1]!, resource: 'case' };
    a[2] = { ...a[2]!, resource: 'case' };
    b[0] = { ...b[0]!, resource: 'case' };
    const result = walk([...a, ...b]);
    expect(result.breaks.map(({ chainKey, seq }) => [chainKey, seq])).toEqual([
      [CASE_A, 2],
      [CASE_B, 4],
    ]);
    expect(result.records).toBe(5);
  });

  it('finds records removed from the end of a chain through its checkpoint', () => {
    const a = chainOf(CASE_A, [1, 2, 3, 7]);
    expect(walk(a.slice(0, 2), [headOf(a)]).breaks).toEqual([
      { chainKey: CASE_A, problem: 'behind-checkpoint', seq: 7, recordId: null, headSeq: 2 },
    ]);
  });

  it('finds a checkpointed chain that is gone altogether', () => {
    const a = chainOf(CASE_A, [1, 2]);
    const b = chainOf(CASE_B, [3]);
    expect(walk(b, [headOf(a), headOf(b)])).toEqual({
      chains: 1,
      records: 1,
      checkpointedChains: 2,
      breaks: [{ chainKey: CASE_A, problem: 'behind-checkpoint', seq: 2, recordId: null, headSeq: null }],
    });
  });

  it('finds a tail rewritten and re-hashed after its checkpoint was taken', () => {
    const a = chainOf(CASE_A, [1, 2, 3]);
    const checkpoint = headOf(a);
    const forged = rehashFrom(
      a.map((record, index) => (index === 2 ? { ...record, purpose: 'statistics' as const } : record)),
      2,
    );
    expect(walk(forged).breaks).toEqual([]);
    expect(walk(forged, [checkpoint]).breaks).toEqual([
      { chainKey: CASE_A, problem: 'checkpoint-mismatch', seq: 3, recordId: a[2]!.id },
    ]);
  });

  it('finds a checkpointed record removed and the rest re-hashed over the gap', () => {
    const a = chainOf(CASE_A, [1, 2, 3]);
    const forged = rehashFrom([a[0]!, a[2]!], 1);
    expect(walk(forged, [{ chainKey: CASE_A, seq: 2, hash: a[1]!.hash }]).breaks).toEqual([
      { chainKey: CASE_A, problem: 'checkpoint-mismatch', seq: 3, recordId: a[2]!.id },
    ]);
  });

  it('reports a break before the checkpoint as that break, not as a checkpoint problem', () => {
    const a = chainOf(CASE_A, [1, 2, 3]);
    const checkpoint = headOf(a);
    a[0] = { ...a[0]!, resource: 'case' };
    expect(walk(a.slice(0, 2), [checkpoint]).breaks).toEqual([
      { chainKey: CASE_A, problem: 'hash-mismatch', seq: 1, recordId: a[0]!.id },
    ]);
  });

  it('takes the chains in whatever order the database sorts their keys', () => {
    const a = chainOf(CASE_A, [1, 2]);
    const b = chainOf(CASE_B, [3]);
    expect(walk([...b, ...a]).breaks).toEqual([]);
  });

  it('refuses records out of seq order, or a chain that comes back after another', () => {
    const a = chainOf(CASE_A, [1, 2]);
    const b = chainOf(CASE_B, [3]);
    expect(() => walk([a[1]!, a[0]!])).toThrow(/order/);
    expect(() => walk([a[0]!, ...b, a[1]!])).toThrow(/chain by chain/);
  });
});
