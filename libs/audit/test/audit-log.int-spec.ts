import type { Actor } from '@yhdessa/contracts';
import { Clock, newId } from '@yhdessa/platform';
import { openTestDatabase } from '@yhdessa/testing';
import type { DataSource, QueryRunner } from 'typeorm';
import {
  AUDIT_GENESIS_HASH,
  AUDIT_NO_CASE_CHAIN,
  AuditLog,
  AuditRecordEntity,
  auditEntities,
  auditMigrations,
  auditRecordHash,
  type AuditEntry,
  type AuditRecord,
} from '../src/index.js';

const worker: Actor = { userId: 'audit-test-worker', agency: 'child-protection', role: 'cp-social-worker' };

let dataSource: DataSource;
let audit: AuditLog;

beforeAll(async () => {
  dataSource = await openTestDatabase({ database: 'yhdessa_test_audit', entities: auditEntities, migrations: auditMigrations });
  audit = new AuditLog(dataSource, new Clock(), { service: 'audit-test' });
});

afterAll(async () => {
  await dataSource?.destroy();
});

function readOf(caseId: string | null, change: Partial<AuditEntry> = {}): AuditEntry {
  return {
    actor: worker,
    action: 'read',
    caseId,
    resource: 'case-timeline',
    informationClass: 'child-protection',
    purpose: 'care-team-work',
    ...change,
  };
}

/** The hash of the record right before `record` in its chain: what the record's prev_hash must be. */
async function hashBefore(record: AuditRecord): Promise<string> {
  const rows: Array<{ hash: string }> = await dataSource.query(
    'SELECT hash FROM audit_record WHERE chain_key = $1 AND seq < $2 ORDER BY seq DESC LIMIT 1',
    [record.chainKey, record.seq],
  );
  return rows[0]?.hash ?? AUDIT_GENESIS_HASH;
}

async function seqAfter(record: AuditRecord): Promise<number> {
  const rows: Array<{ seq: string }> = await dataSource.query(
    'SELECT seq FROM audit_record WHERE chain_key = $1 AND seq > $2 ORDER BY seq LIMIT 1',
    [record.chainKey, record.seq],
  );
  return Number(rows[0]!.seq);
}

/** Settles with 'pending' when `work` has not settled within `ms`. */
function within<T>(ms: number, work: Promise<T>): Promise<T | 'pending'> {
  let timer: NodeJS.Timeout | undefined;
  const pending = new Promise<'pending'>((resolve) => {
    timer = setTimeout(() => resolve('pending'), ms);
  });
  return Promise.race([work, pending]).finally(() => clearTimeout(timer));
}

async function sqlStateOf(work: Promise<unknown>): Promise<string | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

/** Runs `work` in a transaction that is always rolled back, so a failing test cannot damage the shared log. */
async function inRolledBackTransaction<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  await runner.startTransaction();
  try {
    return await work(runner);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

/** Three consecutive records about one new case, the middle one being the one a test tampers with. */
async function threeRecords(): Promise<AuditRecord[]> {
  const caseId = newId();
  return dataSource.transaction((manager) =>
    audit.recordAll([readOf(caseId), readOf(caseId, { resource: 'plan' }), readOf(caseId)], manager),
  );
}

describe('AuditLog against PostgreSQL', () => {
  it("chains each record to the one before it in its case's chain and reads them back per case", async () => {
    const caseId = newId();
    const otherCase = newId();
    const first = await audit.record(readOf(caseId));
    await audit.record(readOf(otherCase));
    const second = await audit.record(
      readOf(caseId, {
        action: 'disclose',
        disclosedToAgency: 'psychiatry',
        resource: 'plan',
        informationClass: 'shared-plan',
        purpose: 'legal-obligation',
      }),
    );

    expect(first).toMatchObject({ chainKey: caseId, prevHash: AUDIT_GENESIS_HASH });
    expect(second).toMatchObject({ chainKey: caseId, prevHash: first.hash });
    expect(second.prevHash).toBe(await hashBefore(second));
    expect(second.seq).toBeGreaterThan(first.seq);

    const stored = await audit.forCase(caseId);
    expect(stored.map((record) => record.id)).toEqual([first.id, second.id]);
    expect(stored[1]).toEqual(second);
    expect(stored[1]).toMatchObject({
      service: 'audit-test',
      actor: worker,
      caseId,
      action: 'disclose',
      resource: 'plan',
      informationClass: 'shared-plan',
      purpose: 'legal-obligation',
      disclosedToAgency: 'psychiatry',
    });
    for (const record of stored) expect(auditRecordHash(record.prevHash, record)).toBe(record.hash);
    expect(await audit.verifyChain({ caseId })).toEqual({ ok: true });
    expect(await audit.verifyChain()).toEqual({ ok: true });
  });

  it('maps the table for services that read it through the entity', async () => {
    const written = await audit.record(readOf(newId(), { action: 'disclose', disclosedToAgency: 'school' }));
    const row = await dataSource.getRepository(AuditRecordEntity).findOneByOrFail({ id: written.id });
    expect(row).toMatchObject({
      chainKey: written.caseId,
      seq: written.seq,
      occurredAt: written.occurredAt,
      actorUserId: worker.userId,
      caseId: written.caseId,
      disclosedToAgency: 'school',
      prevHash: written.prevHash,
      hash: written.hash,
    });
  });

  it("records a read that concerns no single case outside every case log, in the 'no-case' chain", async () => {
    const record = await audit.record(readOf(null, { resource: 'caseload', purpose: 'statistics' }));
    const rows: Array<{ case_id: string | null; chain_key: string }> = await dataSource.query(
      'SELECT case_id, chain_key FROM audit_record WHERE id = $1',
      [record.id],
    );
    expect(rows).toEqual([{ case_id: null, chain_key: AUDIT_NO_CASE_CHAIN }]);
    expect(record.prevHash).toBe(await hashBefore(record));
    expect(await audit.verifyChain({ caseId: null })).toEqual({ ok: true });
  });

  it('files a case id given in capitals under the case as stored', async () => {
    const caseId = newId();
    const record = await audit.record(readOf(caseId.toUpperCase()));
    expect(record).toMatchObject({ caseId, chainKey: caseId });
    expect(await audit.forCase(caseId)).toEqual([record]);
    expect(await audit.verifyChain({ caseId })).toEqual({ ok: true });
  });

  it("writes in the caller's transaction: gone when the caller rolls back, kept when it commits", async () => {
    const caseId = newId();
    await expect(
      dataSource.transaction(async (manager) => {
        await audit.record(readOf(caseId, { action: 'disclose', disclosedToAgency: 'school' }), manager);
        throw new Error('the disclosure itself failed');
      }),
    ).rejects.toThrow('the disclosure itself failed');
    expect(await audit.forCase(caseId)).toHaveLength(0);

    await dataSource.transaction((manager) =>
      audit.record(readOf(caseId, { action: 'disclose', disclosedToAgency: 'school' }), manager),
    );
    expect(await audit.forCase(caseId)).toHaveLength(1);
    expect(await audit.verifyChain()).toEqual({ ok: true });
  });

  it("keeps one unbroken chain when 20 writers append to one case's chain at once", async () => {
    const caseId = newId();
    const written = await Promise.all(Array.from({ length: 20 }, () => audit.record(readOf(caseId))));

    expect(new Set(written.map((record) => record.seq)).size).toBe(20);
    expect(new Set(written.map((record) => record.prevHash)).size).toBe(20);
    for (const record of written) expect(record.prevHash).toBe(await hashBefore(record));
    expect(written.filter((record) => record.prevHash === AUDIT_GENESIS_HASH)).toHaveLength(1);
    expect(await audit.forCase(caseId)).toHaveLength(20);
    expect(await audit.verifyChain({ caseId })).toEqual({ ok: true });
    expect(await audit.verifyChain()).toEqual({ ok: true });
  });

  it('writes records made at the same time in shared transactions (group commit), every chain unbroken', async () => {
    const caseIds = Array.from({ length: 10 }, () => newId());
    const written = await Promise.all(Array.from({ length: 60 }, (_, i) => audit.record(readOf(caseIds[i % 10]!))));

    const stored: Array<{ id: string; writer: string }> = await dataSource.query(
      'SELECT id, xmin::text AS writer FROM audit_record WHERE chain_key = ANY($1::text[])',
      [caseIds],
    );
    expect(stored.map((row) => row.id).sort()).toEqual(written.map((record) => record.id).sort());
    const transactions = new Set(stored.map((row) => row.writer)).size;
    expect(transactions).toBeGreaterThan(1);
    expect(transactions).toBeLessThanOrEqual(10);
    for (const caseId of caseIds) {
      expect(await audit.forCase(caseId)).toHaveLength(6);
      expect(await audit.verifyChain({ caseId })).toEqual({ ok: true });
    }
  });

  it('chains 20 writers on 20 cases at once, each at the start of its own chain', async () => {
    const caseIds = Array.from({ length: 20 }, () => newId());
    const written = await Promise.all(caseIds.map((caseId) => audit.record(readOf(caseId))));

    written.forEach((record, i) =>
      expect(record).toMatchObject({ caseId: caseIds[i], chainKey: caseIds[i], prevHash: AUDIT_GENESIS_HASH }),
    );
    for (const caseId of caseIds) expect(await audit.verifyChain({ caseId })).toEqual({ ok: true });
    expect(await audit.verifyChain()).toEqual({ ok: true });
  });

  it("does not make an append wait for another case's open transaction, only for its own case's", async () => {
    const [busyCase, otherCase] = [newId(), newId()];
    const holder = dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    let sameCase: Promise<AuditRecord> | undefined;
    try {
      const held = await audit.record(readOf(busyCase), holder.manager);

      expect(await within(5_000, audit.record(readOf(otherCase)))).toMatchObject({
        chainKey: otherCase,
        prevHash: AUDIT_GENESIS_HASH,
      });
      sameCase = audit.record(readOf(busyCase));
      expect(await within(300, sameCase)).toBe('pending');

      await holder.commitTransaction();
      expect(await sameCase).toMatchObject({ chainKey: busyCase, prevHash: held.hash });
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
      await sameCase?.catch(() => undefined);
    }
    expect(await audit.verifyChain({ caseId: busyCase })).toEqual({ ok: true });
  });

  it('writes a read of 250 cases as one entry per case chain, in a fixed number of statements', async () => {
    const caseIds = Array.from({ length: 250 }, () => newId());
    let statements = 0;
    const written = await dataSource.transaction((manager) => {
      const query = manager.query.bind(manager);
      const counting = Object.assign(Object.create(manager) as typeof manager, {
        query: (sql: string, parameters?: unknown[]) => {
          statements += 1;
          return query(sql, parameters);
        },
      });
      return audit.recordAll(
        caseIds.map((caseId) => readOf(caseId, { resource: 'case-list' })),
        counting,
      );
    });

    expect(statements).toBe(3);
    expect(written).toHaveLength(250);
    written.forEach((record, i) =>
      expect(record).toMatchObject({ caseId: caseIds[i], chainKey: caseIds[i], prevHash: AUDIT_GENESIS_HASH }),
    );
    for (const record of written) expect(auditRecordHash(record.prevHash, record)).toBe(record.hash);
    const stored: Array<{ chain_key: string; count: string }> = await dataSource.query(
      'SELECT chain_key, count(*) AS count FROM audit_record WHERE chain_key = ANY($1::text[]) GROUP BY chain_key',
      [caseIds],
    );
    expect(stored).toHaveLength(250);
    expect(stored.every((row) => row.count === '1')).toBe(true);
    expect(await audit.forCase(caseIds[249]!)).toEqual([written[249]]);
    expect(await audit.verifyChain()).toEqual({ ok: true });
  });

  it('continues each case chain from its own last record when several cases are read at once', async () => {
    const [first, second] = [newId(), newId()];
    const before = await audit.record(readOf(first));
    const written = await audit.recordAll([readOf(second), readOf(first), readOf(second)]);
    expect(written.map((record) => record.prevHash)).toEqual([AUDIT_GENESIS_HASH, before.hash, written[0]!.hash]);
    expect(await audit.verifyChain({ caseId: first })).toEqual({ ok: true });
    expect(await audit.verifyChain({ caseId: second })).toEqual({ ok: true });
  });

  it('refuses a second successor to a record in its chain even from a writer that skips the lock', async () => {
    const [record] = await threeRecords();
    const fork = dataSource.query(
      `INSERT INTO audit_record (id, occurred_at, service, actor_user_id, actor_agency, actor_role, case_id, action, resource,
         information_class, purpose, chain_key, prev_hash, hash)
       VALUES ($1, now(), 'audit-test', 'x', 'school', 'teacher', $2, 'read', 'case', 'school', 'statistics', $3, $4, $5)`,
      [newId(), record!.caseId, record!.chainKey, record!.hash, 'e'.repeat(64)],
    );
    expect(await sqlStateOf(fork)).toBe('23505');
  });

  it("refuses a record filed in another case's chain", async () => {
    const misfiled = dataSource.query(
      `INSERT INTO audit_record (id, occurred_at, service, actor_user_id, actor_agency, actor_role, case_id, action, resource,
         information_class, purpose, chain_key, prev_hash, hash)
       VALUES ($1, now(), 'audit-test', 'x', 'school', 'teacher', $2, 'read', 'case', 'school', 'statistics', $3, $4, $5)`,
      [newId(), newId(), newId(), AUDIT_GENESIS_HASH, 'e'.repeat(64)],
    );
    expect(await sqlStateOf(misfiled)).toBe('23514');
  });

  describe('the database keeps the log append-only', () => {
    it.each([
      ['UPDATE', (id: string) => [`UPDATE audit_record SET purpose = 'statistics' WHERE id = $1`, [id]] as const],
      ['DELETE', (id: string) => [`DELETE FROM audit_record WHERE id = $1`, [id]] as const],
      ['TRUNCATE', () => [`TRUNCATE audit_record`, []] as const],
    ])('refuses %s', async (_name, statement) => {
      const [record] = await threeRecords();
      const [sql, parameters] = statement(record!.id);
      const state = await inRolledBackTransaction((runner) => sqlStateOf(runner.query(sql, [...parameters])));
      expect(state).toBe('42501');
      expect(await audit.forCase(record!.caseId!)).toHaveLength(3);
      expect((await audit.forCase(record!.caseId!))[0]).toMatchObject({ purpose: 'care-team-work' });
    });

    it('says why', async () => {
      const [record] = await threeRecords();
      await expect(
        inRolledBackTransaction((runner) => runner.query('DELETE FROM audit_record WHERE id = $1', [record!.id])),
      ).rejects.toThrow(/append-only: DELETE refused/);
    });
  });

  describe('verifyChain finds tampering by someone who can switch the protection off', () => {
    /** Tampers as the superuser inside a transaction that is rolled back afterwards, and verifies what that transaction sees. */
    function tamperThenVerify(change: (runner: QueryRunner) => Promise<unknown>) {
      return inRolledBackTransaction(async (runner) => {
        await runner.query('ALTER TABLE audit_record DISABLE TRIGGER USER');
        await change(runner);
        await runner.query('ALTER TABLE audit_record ENABLE TRIGGER USER');
        return audit.verifyChain({ manager: runner.manager });
      });
    }

    it('reports a changed record at its own seq', async () => {
      const [, middle] = await threeRecords();
      const result = await tamperThenVerify((runner) =>
        runner.query(`UPDATE audit_record SET purpose = 'statistics' WHERE id = $1`, [middle!.id]),
      );
      expect(result).toEqual({ ok: false, brokenAtSeq: middle!.seq, reason: 'hash-mismatch' });
    });

    it("reports tampering in one case's chain at its seq while the other chains stay whole", async () => {
      const [, middle] = await threeRecords();
      const [other] = await threeRecords();
      const later = await audit.record(readOf(newId()));
      const results = await inRolledBackTransaction(async (runner) => {
        await runner.query('ALTER TABLE audit_record DISABLE TRIGGER USER');
        await runner.query(`UPDATE audit_record SET resource = 'case' WHERE id = $1`, [middle!.id]);
        await runner.query('ALTER TABLE audit_record ENABLE TRIGGER USER');
        const verify = (caseId?: string) =>
          audit.verifyChain(caseId === undefined ? { manager: runner.manager } : { caseId, manager: runner.manager });
        return {
          all: await verify(),
          tampered: await verify(middle!.caseId!),
          other: await verify(other!.caseId!),
          later: await verify(later.caseId!),
        };
      });
      const broken = { ok: false, brokenAtSeq: middle!.seq, reason: 'hash-mismatch' };
      expect(results).toEqual({ all: broken, tampered: broken, other: { ok: true }, later: { ok: true } });
    });

    it('reports a changed and re-hashed record at the record after it', async () => {
      const [, middle] = await threeRecords();
      const forged = { ...middle!, actor: { userId: 'someone-else', agency: 'school' as const, role: 'teacher' as const } };
      const result = await tamperThenVerify((runner) =>
        runner.query(`UPDATE audit_record SET actor_user_id = $2, actor_agency = $3, actor_role = $4, hash = $5 WHERE id = $1`, [
          middle!.id,
          forged.actor.userId,
          forged.actor.agency,
          forged.actor.role,
          auditRecordHash(forged.prevHash, forged),
        ]),
      );
      expect(result).toEqual({ ok: false, brokenAtSeq: await seqAfter(middle!), reason: 'prev-hash-mismatch' });
    });

    it('reports a deleted record at the record after the gap', async () => {
      const [, middle, last] = await threeRecords();
      const result = await tamperThenVerify((runner) => runner.query('DELETE FROM audit_record WHERE id = $1', [middle!.id]));
      expect(result).toEqual({ ok: false, brokenAtSeq: last!.seq, reason: 'prev-hash-mismatch' });
    });

    it('finds the chain whole again once the tampering is undone', async () => {
      expect(await audit.verifyChain()).toEqual({ ok: true });
    });
  });
});
