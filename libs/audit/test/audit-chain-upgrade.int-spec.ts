import type { Actor } from '@yhdessa/contracts';
import { Clock, newId } from '@yhdessa/platform';
import { openTestDatabase } from '@yhdessa/testing';
import type { DataSource } from 'typeorm';
import {
  AUDIT_GENESIS_HASH,
  AUDIT_LEGACY_CHAIN,
  AddAuditChainKey,
  AuditLog,
  CreateAuditRecords,
  auditEntities,
  auditMigrations,
  auditRecordHash,
  type AuditRecordFields,
} from '../src/index.js';

const DATABASE = 'yhdessa_test_audit';
const schema = `audit_upgrade_${Date.now()}`;
const worker: Actor = { userId: 'audit-test-worker', agency: 'child-protection', role: 'cp-social-worker' };

let admin: DataSource;
const opened: DataSource[] = [];

/** A DataSource whose tables live in this file's own schema, migrated with `migrations`. */
async function openInSchema(migrations: Array<new () => unknown>): Promise<DataSource> {
  const dataSource = await openTestDatabase({
    database: DATABASE,
    entities: auditEntities,
    migrations,
    sessionOptions: `-c search_path=${schema}`,
  });
  opened.push(dataSource);
  return dataSource;
}

beforeAll(async () => {
  admin = await openTestDatabase({ database: DATABASE, entities: auditEntities, migrations: auditMigrations });
  await admin.query(`CREATE SCHEMA ${schema}`);
});

afterAll(async () => {
  for (const dataSource of opened) await dataSource.destroy();
  await admin?.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await admin?.destroy();
});

function fieldsOf(caseId: string | null): AuditRecordFields {
  return {
    id: newId(),
    occurredAt: new Date(),
    service: 'audit-test',
    actor: worker,
    caseId,
    action: 'read',
    resource: 'case',
    informationClass: 'child-protection',
    purpose: 'care-team-work',
    disclosedToAgency: null,
    correlationId: null,
  };
}

describe('upgrading a database with one global chain to per-case chains', () => {
  it('keeps the old records as one legacy chain that still verifies, and starts each case chain afresh', async () => {
    const before = await openInSchema([CreateAuditRecords]);
    const caseId = newId();
    let prevHash = AUDIT_GENESIS_HASH;
    for (const fields of [fieldsOf(caseId), fieldsOf(null), fieldsOf(caseId)]) {
      const hash = auditRecordHash(prevHash, fields);
      await before.query(
        `INSERT INTO audit_record (id, occurred_at, service, actor_user_id, actor_agency, actor_role, case_id, action, resource,
           information_class, purpose, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          fields.id,
          fields.occurredAt,
          fields.service,
          worker.userId,
          worker.agency,
          worker.role,
          caseId === fields.caseId ? caseId : null,
          'read',
          'case',
          'child-protection',
          'care-team-work',
          prevHash,
          hash,
        ],
      );
      prevHash = hash;
    }

    const after = await openInSchema(auditMigrations);
    const audit = new AuditLog(after, new Clock(), { service: 'audit-test' });
    const legacy = await audit.forCase(caseId);
    expect(legacy.map((record) => record.chainKey)).toEqual([AUDIT_LEGACY_CHAIN, AUDIT_LEGACY_CHAIN]);
    expect(await audit.verifyChain()).toEqual({ ok: true });

    const appended = await audit.record({
      actor: worker,
      action: 'read',
      caseId,
      resource: 'case',
      informationClass: 'child-protection',
      purpose: 'care-team-work',
    });
    const caseless = await audit.record({
      actor: worker,
      action: 'read',
      caseId: null,
      resource: 'caseload',
      informationClass: 'child-protection',
      purpose: 'statistics',
    });
    expect(appended).toMatchObject({ chainKey: caseId, prevHash: AUDIT_GENESIS_HASH });
    expect(caseless).toMatchObject({ chainKey: 'no-case', prevHash: AUDIT_GENESIS_HASH });
    expect((await audit.forCase(caseId)).map((record) => record.id)).toEqual([...legacy.map((record) => record.id), appended.id]);
    expect(await audit.verifyChain()).toEqual({ ok: true });
    expect(await audit.verifyChain({ caseId })).toEqual({ ok: true });

    // Undo down to the chain-key migration: the later ones undo, and that one refuses.
    for (const later of auditMigrations.slice(auditMigrations.indexOf(AddAuditChainKey) + 1).reverse()) {
      await after.undoLastMigration({ transaction: 'each' });
      const executed: Array<{ name: string }> = await after.query(`SELECT name FROM ${schema}.migrations`);
      expect(executed.map((row) => row.name)).not.toContain(new later().name);
    }
    await expect(after.undoLastMigration({ transaction: 'each' })).rejects.toThrow(/cannot be folded back/);
  });
});
