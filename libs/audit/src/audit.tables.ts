import { AddAuditChainKey1767000000060 } from './migrations/add-audit-chain-key.migration.js';
import { CreateAuditRecords1767000000050 } from './migrations/create-audit-records.migration.js';
import { DropAuditHashUniqueness1767000000070 } from './migrations/drop-audit-hash-uniqueness.migration.js';
import { AuditRecordEntity } from './record/audit-record.entity.js';

/** Add to the service's DataSource `entities`. */
export const auditEntities = [AuditRecordEntity];

/** Add to the service's DataSource `migrations`, in this order. */
export const auditMigrations = [CreateAuditRecords1767000000050, AddAuditChainKey1767000000060, DropAuditHashUniqueness1767000000070];
