import { auditRecordsTopic, type Actor, type Envelope } from '@yhdessa/contracts';
import { EventPublisher, messagingMigrations, type MessagingOptions } from '@yhdessa/messaging';
import { Clock, newId, runInContext } from '@yhdessa/platform';
import { openTestDatabase, testServers } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import { AuditLog, AuditRecordPublisher, auditEntities, auditMigrations, type AuditEntry } from '../src/index.js';

/**
 * Every record about a case goes into the outbox as `AccessRecorded` in the transaction that writes
 * it: what the relay will send to `audit.records` for the access report (the relay itself is the
 * messaging library's, tested there).
 */
const DATABASE = 'yhdessa_test_audit_publication';
const SERVICE = 'audit-publication-test';
const teacher: Actor = { userId: 'audit-publication-teacher', agency: 'school', role: 'teacher' };

let dataSource: DataSource;
let audit: AuditLog;

beforeAll(async () => {
  dataSource = await openTestDatabase({
    database: DATABASE,
    entities: auditEntities,
    migrations: [...messagingMigrations, ...auditMigrations],
  });
  const clock = new Clock();
  const messaging: MessagingOptions = {
    service: SERVICE,
    brokers: testServers().kafkaBrokers,
    consumerGroup: SERVICE,
    subscribesTo: [],
    publishesTo: [],
  };
  audit = new AuditLog(dataSource, clock, { service: SERVICE }, new AuditRecordPublisher(new EventPublisher(clock), messaging));
});

afterAll(async () => {
  await dataSource?.destroy();
});

const readOf = (caseId: string | null, change: Partial<AuditEntry> = {}): AuditEntry => ({
  actor: teacher,
  action: 'read',
  caseId,
  resource: 'case',
  informationClass: 'school',
  purpose: 'care-team-work',
  ...change,
});

interface OutboxRow {
  topic: string;
  message_key: string;
  event_name: string;
  envelope: Envelope<Record<string, unknown>>;
}

async function outboxOf(caseId: string): Promise<OutboxRow[]> {
  return dataSource.query(`SELECT topic, message_key, event_name, envelope FROM outbox WHERE message_key = $1 ORDER BY seq`, [
    caseId,
  ]);
}

describe('audit records published through the outbox', () => {
  it('appends AccessRecorded for a record about a case: who, when, what, why, keyed by the case', async () => {
    const caseId = newId();
    const record = await runInContext({ correlationId: 'publication-request-1' }, () =>
      audit.record(readOf(caseId, { actorDisplayName: 'Anna Laine' })),
    );

    const [row, ...more] = await outboxOf(caseId);
    expect(more).toEqual([]);
    expect(row).toMatchObject({ topic: auditRecordsTopic, message_key: caseId, event_name: 'AccessRecorded.v1' });
    expect(row!.envelope).toMatchObject({
      type: 'AccessRecorded',
      version: 1,
      caseId,
      actor: teacher,
      correlationId: 'publication-request-1',
      causationId: null,
      sequence: 1,
      payload: {
        recordId: record.id,
        service: SERVICE,
        actorDisplayName: 'Anna Laine',
        accessedAt: record.occurredAt.toISOString(),
        action: 'read',
        resource: 'case',
        informationClass: 'school',
        purpose: 'care-team-work',
        disclosedToAgency: null,
      },
    });
  });

  it('commits or rolls back with the record: a disclosure whose transaction fails leaves neither', async () => {
    const caseId = newId();
    await expect(
      dataSource.transaction(async (manager) => {
        await audit.record(readOf(caseId, { action: 'disclose', disclosedToAgency: 'psychiatry' }), manager);
        expect(await manager.query('SELECT count(*)::int AS n FROM outbox WHERE message_key = $1', [caseId])).toEqual([{ n: 1 }]);
        throw new Error('the disclosure failed');
      }),
    ).rejects.toThrow('the disclosure failed');

    expect(await outboxOf(caseId)).toEqual([]);
    expect(await audit.forCase(caseId)).toEqual([]);
  });

  it('publishes nothing for a record about no single case', async () => {
    const before: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM outbox`);
    const record = await audit.record(readOf(null));
    const after: Array<{ n: number }> = await dataSource.query(`SELECT count(*)::int AS n FROM outbox`);
    expect(record.caseId).toBeNull();
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("gives each record gathered into one group commit its own request's correlation, and a case's events consecutive numbers", async () => {
    const [first, second] = [newId(), newId()];
    await audit.record(readOf(first));
    // Submitted together: the first starts a write, the other two gather into the next one, which runs in
    // the async context of the write before it, not of their own requests.
    const records = await Promise.all(
      [first, second, first].map((caseId, index) =>
        runInContext({ correlationId: `publication-request-${index}` }, () => audit.record(readOf(caseId))),
      ),
    );

    for (const record of records) {
      const rows = await outboxOf(record.caseId!);
      const row = rows.find((candidate) => candidate.envelope.payload['recordId'] === record.id);
      expect(row?.envelope.correlationId).toBe(record.correlationId);
    }
    expect((await outboxOf(first)).map((row) => row.envelope.sequence)).toEqual([1, 2, 3]);
    expect((await outboxOf(second)).map((row) => row.envelope.sequence)).toEqual([1]);
  });
});
