import type { RestrictedTables } from '@yhdessa/platform';
import { AddAuditChainKey1767000000060 } from './migrations/add-audit-chain-key.migration.js';
import { CreateAuditRecords1767000000050 } from './migrations/create-audit-records.migration.js';
import { DropAuditHashUniqueness1767000000070 } from './migrations/drop-audit-hash-uniqueness.migration.js';
import { AuditRecordEntity } from './record/audit-record.entity.js';

/** Add to the service's DataSource `entities`. */
export const auditEntities = [AuditRecordEntity];

/** Add to the service's DataSource `migrations`, in this order. */
export const auditMigrations = [
  CreateAuditRecords1767000000050,
  AddAuditChainKey1767000000060,
  DropAuditHashUniqueness1767000000070,
];

/**
 * What a service's own database role may do with its audit log: append and read, never change or
 * remove (the migration step grants it, `grantServiceRole` in libs/platform). The append-only
 * trigger refuses UPDATE, DELETE and TRUNCATE too, but the table's owner can switch a trigger off; a
 * service connected as its own role cannot, and its UPDATE or DELETE is refused before any trigger.
 */
export const auditTablePrivileges = { audit_record: ['SELECT', 'INSERT'] } as const satisfies RestrictedTables;
