import { execFile } from 'node:child_process';
import { AuditCheckpointer, AuditLog, auditEntities, auditMigrations, type AuditEntry, type AuditRecord } from '@yhdessa/audit';
import type { Actor } from '@yhdessa/contracts';
import { Clock, newId } from '@yhdessa/platform';
import { openTestDatabase, testServers } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';

/**
 * `./yhdessa audit verify` as an operator runs it: a process of its own (the compiled command the
 * script runs), against a database of this file's own whose records it tampers with for real,
 * committed, as someone who owns the tables could. The database is named outside the integration
 * tests' `yhdessa_test_%` databases, which `npm test` verifies after Jest, and is dropped afterwards.
 */
const DATABASE = `yhdessa_tamper_${newId().replaceAll('-', '').slice(-12)}`;
const SERVICE = 'audit-verify-test';
const worker: Actor = { userId: 'audit-verify-worker', agency: 'child-protection', role: 'cp-social-worker' };
/** What a record says that the command must never print: who read, what, why. */
const CLIENT_DATA = [worker.userId, 'care-team-work', 'case-timeline'];

let owner: DataSource;
let audit: AuditLog;
let checkpointer: AuditCheckpointer;
const [caseA, caseB] = [newId(), newId()];
let chainA: AuditRecord[];
let chainB: AuditRecord[];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function verify(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--disable-warning=TimeoutNegativeWarning', 'dist/tools/audit/verify.js', ...args],
      { env: process.env, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Changes the log as its owner can: with the append-only trigger switched off, committed. */
async function tamper(sql: string, parameters: unknown[]): Promise<void> {
  await owner.transaction(async (manager) => {
    await manager.query('ALTER TABLE audit_record DISABLE TRIGGER USER');
    await manager.query(sql, parameters);
    await manager.query('ALTER TABLE audit_record ENABLE TRIGGER USER');
  });
}

const readOf = (caseId: string | null): AuditEntry => ({
  actor: worker,
  action: 'read',
  caseId,
  resource: 'case-timeline',
  informationClass: 'child-protection',
  purpose: 'care-team-work',
});

beforeAll(async () => {
  owner = await openTestDatabase({ database: DATABASE, entities: auditEntities, migrations: auditMigrations });
  const options = { service: SERVICE, checkpoints: { brokers: testServers().kafkaBrokers, intervalMs: 60_000 } };
  audit = new AuditLog(owner, new Clock(), options);
  checkpointer = new AuditCheckpointer(owner, audit, new Clock(), options);
  chainA = await audit.recordAll([readOf(caseA), readOf(caseA), readOf(caseA)]);
  chainB = await audit.recordAll([readOf(caseB), readOf(caseB)]);
  await audit.record(readOf(null));
  expect(await checkpointer.checkpoint()).toBe(3);
}, 60_000);

afterAll(async () => {
  await checkpointer?.beforeApplicationShutdown();
  await owner?.destroy();
  const admin = await openTestDatabase({ database: 'postgres', entities: [] });
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.destroy();
});

describe('./yhdessa audit verify', () => {
  it('finds every chain whole, held against its checkpoint, and exits 0', async () => {
    const run = await verify('--database', DATABASE);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain(`${DATABASE} (${SERVICE}): ok: 3 chains, 6 records, 3 chains held against checkpoints`);
    expect(run.stdout).toMatch(/audit verify: ok: every audit chain of 1 database\(s\) is whole/);
  }, 60_000);

  it('names a changed record as the first broken one of its chain, and exits 1', async () => {
    const [, middle] = chainA;
    await tamper(`UPDATE audit_record SET purpose = 'statistics' WHERE id = $1`, [middle!.id]);
    try {
      const run = await verify('--database', DATABASE);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`${DATABASE} (${SERVICE}): BROKEN`);
      expect(run.stdout).toContain(`chain ${caseA}: first broken record seq ${middle!.seq}, id ${middle!.id}: hash-mismatch`);
      expect(run.stdout).not.toContain(caseB);
      for (const value of [...CLIENT_DATA, 'statistics']) expect(run.stdout + run.stderr).not.toContain(value);
    } finally {
      await tamper(`UPDATE audit_record SET purpose = 'care-team-work' WHERE id = $1`, [middle!.id]);
    }
    expect((await verify('--database', DATABASE)).code).toBe(0);
  }, 60_000);

  it('finds a record deleted from the end of a chain through its checkpoint, which the chain alone cannot show', async () => {
    const [first, last] = chainB;
    await tamper('DELETE FROM audit_record WHERE id = $1', [last!.id]);

    const run = await verify('--database', DATABASE);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `chain ${caseB}: chain ends at seq ${first!.seq}, checkpointed up to seq ${last!.seq}: behind-checkpoint`,
    );
    for (const value of CLIENT_DATA) expect(run.stdout).not.toContain(value);

    const unanchored = await verify('--database', DATABASE, '--no-checkpoints');
    expect(unanchored.code).toBe(0);
    expect(unanchored.stdout).toContain('checkpoints not read');
  }, 60_000);

  it('exits 2 when it cannot verify: an unknown option, or a server that does not answer', async () => {
    const unknown = await verify('--everything');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('usage: ./yhdessa audit verify');

    const unreachable = await new Promise<Run>((resolve) =>
      execFile(
        process.execPath,
        ['dist/tools/audit/verify.js', '--database', DATABASE, '--no-checkpoints'],
        { env: { ...process.env, PGPORT: '1' }, timeout: 60_000 },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      ),
    );
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toContain('audit verify: could not verify');
  }, 60_000);
});
