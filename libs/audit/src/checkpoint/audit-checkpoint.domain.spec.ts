import {
  AuditCheckpointIndex,
  decodeAuditCheckpoint,
  encodeAuditCheckpoint,
  headsToPublish,
  type AuditCheckpoint,
} from './audit-checkpoint.domain.js';

const CASE_A = '019ab0f0-0000-7000-8000-00000000000a';
const checkpoint = (change: Partial<AuditCheckpoint> = {}): AuditCheckpoint => ({
  version: 1,
  service: 'case-coordination',
  database: 'case_coordination',
  chainKey: CASE_A,
  seq: 7,
  hash: 'a'.repeat(64),
  checkpointedAt: '2026-03-02T08:00:00.000Z',
  ...change,
});

describe('encodeAuditCheckpoint / decodeAuditCheckpoint', () => {
  it('keys a checkpoint by database and chain, and reads it back as it was', () => {
    const { key, value } = encodeAuditCheckpoint(checkpoint());
    expect(key).toBe(`case_coordination/${CASE_A}`);
    expect(decodeAuditCheckpoint(key, value)).toEqual(checkpoint());
  });

  it('refuses to encode something that is not a checkpoint', () => {
    expect(() => encodeAuditCheckpoint(checkpoint({ hash: 'not-a-hash' }))).toThrow();
  });

  it.each<[string, string | null, string | null]>([
    ['no value (a tombstone)', `case_coordination/${CASE_A}`, null],
    ['not JSON', `case_coordination/${CASE_A}`, '{'],
    ['a bad hash', `case_coordination/${CASE_A}`, JSON.stringify(checkpoint({ hash: 'x' }))],
    ['another version', `case_coordination/${CASE_A}`, JSON.stringify({ ...checkpoint(), version: 2 })],
    ['a key of another chain', 'case_coordination/no-case', JSON.stringify(checkpoint())],
    ['a key of another database', `assessment/${CASE_A}`, JSON.stringify(checkpoint())],
  ])('reads %s as no checkpoint', (_name, key, value) => {
    expect(decodeAuditCheckpoint(key, value)).toBeUndefined();
  });
});

describe('AuditCheckpointIndex', () => {
  it('keeps, per database and chain, the checkpoint furthest along, whatever order they came in', () => {
    const index = new AuditCheckpointIndex();
    index.add(checkpoint({ seq: 9, hash: 'b'.repeat(64) }));
    index.add(checkpoint({ seq: 7 }));
    index.add(checkpoint({ chainKey: 'no-case', seq: 3, hash: 'c'.repeat(64) }));
    index.add(checkpoint({ database: 'assessment', service: 'assessment', seq: 1 }));
    expect(index.chainsOf('case_coordination')).toEqual([
      { chainKey: CASE_A, seq: 9, hash: 'b'.repeat(64) },
      { chainKey: 'no-case', seq: 3, hash: 'c'.repeat(64) },
    ]);
    expect(index.chainsOf('assessment')).toEqual([{ chainKey: CASE_A, seq: 1, hash: 'a'.repeat(64) }]);
    expect(index.servicesOf('assessment')).toEqual(['assessment']);
  });

  it('knows nothing of a database never checkpointed', () => {
    expect(new AuditCheckpointIndex().chainsOf('client_plan')).toEqual([]);
    expect(new AuditCheckpointIndex().servicesOf('client_plan')).toEqual([]);
  });
});

describe('headsToPublish', () => {
  it('publishes new chains and chains that moved, not those already published where they are', () => {
    const heads = [
      { chainKey: 'a', seq: 5, hash: 'a'.repeat(64) },
      { chainKey: 'b', seq: 6, hash: 'b'.repeat(64) },
      { chainKey: 'c', seq: 7, hash: 'c'.repeat(64) },
    ];
    const published = new Map([
      ['a', 5],
      ['b', 2],
    ]);
    expect(headsToPublish(heads, published).map((head) => head.chainKey)).toEqual(['b', 'c']);
  });
});
