import type { Actor } from '@yhdessa/contracts';
import { Clock, newId } from '@yhdessa/platform';
import { openTestDatabase, testServers } from '@yhdessa/testing';
import { Kafka, logLevel } from 'kafkajs';
import type { DataSource } from 'typeorm';
import {
  AuditCheckpointer,
  AuditLog,
  auditEntities,
  auditMigrations,
  readAuditCheckpoints,
  readChainHeads,
  type AuditEntry,
} from '../src/index.js';

const DATABASE = 'yhdessa_test_audit_checkpoints';
const SERVICE = 'audit-checkpoint-test';
const worker: Actor = { userId: 'audit-checkpoint-worker', agency: 'child-protection', role: 'cp-social-worker' };

let dataSource: DataSource;
let audit: AuditLog;
let checkpointer: AuditCheckpointer;
const kafka = new Kafka({ clientId: 'audit-checkpoint-test', brokers: testServers().kafkaBrokers, logLevel: logLevel.NOTHING });

beforeAll(async () => {
  dataSource = await openTestDatabase({ database: DATABASE, entities: auditEntities, migrations: auditMigrations });
  const options = { service: SERVICE, checkpoints: { brokers: testServers().kafkaBrokers, intervalMs: 60_000 } };
  audit = new AuditLog(dataSource, new Clock(), options);
  checkpointer = new AuditCheckpointer(dataSource, audit, new Clock(), options);
});

afterAll(async () => {
  await checkpointer?.beforeApplicationShutdown();
  await dataSource?.destroy();
});

const readOf = (caseId: string | null): AuditEntry => ({
  actor: worker,
  action: 'read',
  caseId,
  resource: 'case',
  informationClass: 'child-protection',
  purpose: 'care-team-work',
});

async function headOf(caseId: string) {
  return (await readChainHeads(dataSource.manager)).find((head) => head.chainKey === caseId);
}

describe('audit checkpoints in Kafka', () => {
  it("publishes every chain's head once, then only the chains that moved, and reads back the latest of each", async () => {
    const [first, second] = [newId(), newId()];
    await audit.recordAll([readOf(first), readOf(first), readOf(second)]);

    expect(await checkpointer.checkpoint()).toBeGreaterThanOrEqual(2);
    expect(await checkpointer.checkpoint()).toBe(0);
    await audit.record(readOf(second));
    expect(await checkpointer.checkpoint()).toBe(1);

    const read = await readAuditCheckpoints(kafka);
    expect(read.topicExists).toBe(true);
    const anchors = read.checkpoints.chainsOf(DATABASE);
    expect(anchors).toEqual(expect.arrayContaining([await headOf(first), await headOf(second)]));
    expect(read.checkpoints.servicesOf(DATABASE)).toContain(SERVICE);
    // The second chain is anchored at the record appended last, not at the one first checkpointed.
    expect((await audit.forCase(second)).at(-1)!.seq).toBe(anchors.find((anchor) => anchor.chainKey === second)!.seq);
  });

  it('checkpoints only committed records: a record rolled back is never anchored', async () => {
    const caseId = newId();
    await audit.record(readOf(caseId));
    await checkpointer.checkpoint();
    const committed = await headOf(caseId);

    const runner = dataSource.createQueryRunner();
    await runner.connect();
    await runner.startTransaction();
    try {
      await audit.record(readOf(caseId), runner.manager);
      // Another connection's checkpoint, while the append is still open: nothing new to anchor.
      expect(await checkpointer.checkpoint()).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
    const anchors = (await readAuditCheckpoints(kafka)).checkpoints.chainsOf(DATABASE);
    expect(anchors.find((anchor) => anchor.chainKey === caseId)).toEqual(committed);
  });
});
