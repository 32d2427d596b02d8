import type { EntityManager } from 'typeorm';
import { auditChainKey } from '../chain/audit-chain.domain.js';
import { AuditChainWalk, type AuditVerification, type ChainCheckpoint } from '../chain/audit-verification.domain.js';
import { AUDIT_RECORD_COLUMNS, toAuditRecord, type AuditRecordRow } from './audit-record.mapper.js';

const VERIFY_BATCH = 1_000;

export interface AuditLogVerificationOptions {
  /** Only this case's chain (null: the chain of records about no single case). Default: every chain. */
  caseId?: string | null;
  /** The chains' heads as anchored outside the database; a chain must still reach its checkpoint. */
  checkpoints?: Iterable<ChainCheckpoint>;
}

/**
 * Reads every record of the audit log (or of one chain) in (chain key, seq) order, a page at a time,
 * and verifies the chains against each other's hashes and against their checkpoints. Reads only; the
 * caller's manager decides the connection (e.g. a read-only one, or a transaction under test).
 */
export async function verifyAuditLog(
  manager: EntityManager,
  options: AuditLogVerificationOptions = {},
): Promise<AuditVerification> {
  const onlyChain = options.caseId === undefined ? undefined : auditChainKey(options.caseId);
  const checkpoints = [...(options.checkpoints ?? [])].filter(
    (checkpoint) => onlyChain === undefined || checkpoint.chainKey === onlyChain,
  );
  const walk = new AuditChainWalk(checkpoints);
  const scope = onlyChain === undefined ? '' : 'chain_key = $3 AND';
  let after: [string, string] = ['', '0'];
  for (;;) {
    const rows: AuditRecordRow[] = await manager.query(
      `SELECT ${AUDIT_RECORD_COLUMNS} FROM audit_record WHERE ${scope} (chain_key, seq) > ($1, $2)
       ORDER BY chain_key, seq LIMIT ${VERIFY_BATCH}`,
      onlyChain === undefined ? after : [...after, onlyChain],
    );
    for (const row of rows) walk.add(toAuditRecord(row));
    if (rows.length < VERIFY_BATCH) return walk.finish();
    const last = rows[rows.length - 1]!;
    after = [last.chain_key, last.seq];
  }
}
