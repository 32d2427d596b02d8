import { describeBreak, describeDatabase, type DatabaseVerdict } from './verify-report.js';

const CASE = '019ab0f0-0000-7000-8000-00000000000a';
const RECORD = '019ab0f0-0000-7000-8000-0000000000ff';

const verdict = (change: Partial<DatabaseVerdict> = {}): DatabaseVerdict => ({
  database: 'case_coordination',
  services: ['case-coordination'],
  found: true,
  checkpointsRead: true,
  verification: { chains: 3, records: 12, checkpointedChains: 2, breaks: [] },
  ...change,
});

describe('describeBreak', () => {
  it('names the first broken record by chain, seq and id, and says what is wrong', () => {
    expect(describeBreak({ chainKey: CASE, problem: 'hash-mismatch', seq: 17, recordId: RECORD })).toBe(
      `chain ${CASE}: first broken record seq 17, id ${RECORD}: hash-mismatch (the record's fields no longer give its hash: it was changed)`,
    );
  });

  it('says where a truncated chain ends and how far it was checkpointed', () => {
    expect(describeBreak({ chainKey: 'no-case', problem: 'behind-checkpoint', seq: 9, recordId: null, headSeq: 4 })).toBe(
      'chain no-case: chain ends at seq 4, checkpointed up to seq 9: behind-checkpoint (records are missing from the end of the chain)',
    );
    expect(describeBreak({ chainKey: CASE, problem: 'behind-checkpoint', seq: 9, recordId: null, headSeq: null })).toContain(
      'chain gone, checkpointed up to seq 9',
    );
  });
});

describe('describeDatabase', () => {
  it('sums up an intact database in one line', () => {
    expect(describeDatabase(verdict())).toEqual([
      'case_coordination (case-coordination): ok: 3 chains, 12 records, 2 chains held against checkpoints',
    ]);
  });

  it('marks a broken database and lists each broken chain under it', () => {
    const lines = describeDatabase(
      verdict({
        verification: {
          chains: 3,
          records: 12,
          checkpointedChains: 2,
          breaks: [{ chainKey: CASE, problem: 'prev-hash-mismatch', seq: 5, recordId: RECORD }],
        },
      }),
    );
    expect(lines[0]).toBe(
      'case_coordination (case-coordination): BROKEN: 3 chains, 12 records, 2 chains held against checkpoints',
    );
    expect(lines.slice(1)).toEqual([expect.stringMatching(new RegExp(`^  chain ${CASE}: first broken record seq 5`))]);
  });

  it('warns when records were never checkpointed, but not when checkpoints were not asked for', () => {
    const unanchored = { chains: 1, records: 2, checkpointedChains: 0, breaks: [] };
    expect(describeDatabase(verdict({ verification: unanchored }))[1]).toMatch(/warning: no checkpoint/);
    expect(describeDatabase(verdict({ verification: unanchored, checkpointsRead: false }))).toHaveLength(1);
  });

  it('reports a database without an audit log', () => {
    expect(
      describeDatabase(
        verdict({ found: false, services: [], verification: { chains: 0, records: 0, checkpointedChains: 0, breaks: [] } }),
      ),
    ).toEqual(['case_coordination: ok: no audit log, 0 chains checkpointed']);
  });
});
