import { AuditLog, readAuditCheckpoints } from '@yhdessa/audit';
import { fetchToken, openTestDatabase, testServers } from '@yhdessa/testing';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  startCaseCoordination,
  type CaseCoordinationUnderTest,
} from '../../services/case-coordination/test/case-coordination.fixture.js';

/**
 * case-coordination connects as its own role (CASE_COORDINATION_DB_USER), not as the owner its
 * migrations run as. It works as before, audited reads included, while the audit log refuses that
 * role anything but appending and reading: by privilege, before the append-only trigger, and it
 * cannot switch the trigger off.
 */
const DATABASE = 'yhdessa_test_audit_role';

describe('a service connected as its own database role', () => {
  let service: CaseCoordinationUnderTest;
  /** The service's own connections: its role. */
  let asService: DataSource;
  let owner: DataSource;
  let worker: string;
  let caseId: string;
  let caseOpen = false;
  let stopped = false;

  beforeAll(async () => {
    service = await startCaseCoordination(DATABASE);
    asService = service.dataSource;
    owner = await openTestDatabase({ database: DATABASE, entities: [] });
    worker = await fetchToken('sari.virtanen');
  }, 90_000);

  afterAll(async () => {
    // A test database outlives its run: leave no case open against the worker's caseload limit.
    if (caseOpen && !stopped) await service.call('POST', `/cases/${caseId}/close`, worker, { reason: 'test finished' });
    await owner?.destroy();
    if (!stopped) await service?.close();
  });

  /** The SQLSTATE and message a statement failed with (none: it succeeded). */
  async function refusal(
    dataSource: DataSource,
    sql: string,
    parameters: unknown[] = [],
  ): Promise<{ code?: string; message?: string }> {
    try {
      await dataSource.query(sql, parameters);
      return {};
    } catch (error) {
      return { code: (error as { code?: string }).code, message: (error as Error).message };
    }
  }

  it('serves, writes and audits as a role that is not the owner of its tables', async () => {
    const [{ user }] = await asService.query('SELECT current_user AS user');
    expect(user).toBe(process.env.CASE_COORDINATION_DB_USER);
    const [{ owner: tableOwner }] = await owner.query(
      `SELECT tableowner AS owner FROM pg_tables WHERE tablename = 'audit_record'`,
    );
    expect(user).not.toBe(tableOwner);

    const opened = await service.call('POST', '/cases', worker, {
      origin: 'child-welfare-notification',
      receivedAt: new Date().toISOString(),
      language: 'fi',
      child: { name: 'Role Test Child', dateOfBirth: '2015-04-01' },
      notification: { channel: 'anonymous', content: 'Worried about the child.' },
    });
    expect(opened.status).toBe(201);
    caseId = opened.body.id as string;
    caseOpen = true;
    expect((await service.call('GET', `/cases/${caseId}`, worker)).status).toBe(200);
    expect(await service.app.get(AuditLog).forCase(caseId)).toHaveLength(1);
  });

  it.each([
    ['UPDATE', `UPDATE audit_record SET purpose = 'statistics' WHERE case_id = $1`],
    ['DELETE', 'DELETE FROM audit_record WHERE case_id = $1'],
  ])('refuses %s on audit records for lack of privilege, changing nothing', async (_statement, sql) => {
    const before = await service.app.get(AuditLog).forCase(caseId);
    expect(before).not.toHaveLength(0);
    expect(await refusal(asService, sql, [caseId])).toEqual({
      code: '42501',
      message: 'permission denied for table audit_record',
    });
    expect(await service.app.get(AuditLog).forCase(caseId)).toEqual(before);
  });

  it('refuses TRUNCATE, and switching the append-only trigger off', async () => {
    expect(await refusal(asService, 'TRUNCATE audit_record')).toEqual({
      code: '42501',
      message: 'permission denied for table audit_record',
    });
    expect(await refusal(asService, 'ALTER TABLE audit_record DISABLE TRIGGER USER')).toEqual({
      code: '42501',
      message: 'must be owner of table audit_record',
    });
  });

  it("still changes its own tables' rows (the case it opened closes)", async () => {
    const closed = await service.call('POST', `/cases/${caseId}/close`, worker, { reason: 'test finished' });
    expect(closed.status).toBe(200);
    caseOpen = false;
  });

  it("anchors its case's audit chain in audit.checkpoints when it stops", async () => {
    const record = (await service.app.get(AuditLog).forCase(caseId)).at(-1);
    stopped = true;
    await service.close();
    const kafka = new Kafka({ clientId: 'audit-role-test', brokers: testServers().kafkaBrokers, logLevel: logLevel.NOTHING });
    const anchors = (await readAuditCheckpoints(kafka)).checkpoints.chainsOf(DATABASE);
    expect(anchors).toContainEqual({ chainKey: record!.chainKey, seq: record!.seq, hash: record!.hash });
  });
});
