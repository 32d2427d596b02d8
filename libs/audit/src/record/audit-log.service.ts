import { Inject, Injectable } from '@nestjs/common';
import { Clock, CommonError, CommonErrorCode, currentCorrelationId, newId } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { AUDIT_OPTIONS, type AuditModuleOptions } from '../audit.options.js';
import { checkChainSegment, type ChainVerification } from '../chain/audit-chain.domain.js';
import { AUDIT_GENESIS_HASH, auditRecordHash } from '../chain/audit-hash.util.js';
import { assertValidAuditEntry, isUuid } from './audit-entry.domain.js';
import { AUDIT_RECORD_COLUMNS, toAuditRecord, type AuditRecordRow } from './audit-record.mapper.js';
import type { AuditEntry, AuditRecord, AuditRecordFields } from './audit-record.model.js';

/** Advisory lock key that serialises appends to the chain (advisory locks are per database). */
export const AUDIT_CHAIN_LOCK_KEY = 7_032_023;

const VERIFY_BATCH = 500;

/**
 * The service's audit log: one append-only hash chain per database. Appends take a transaction-scoped
 * advisory lock, read the last hash and insert, so concurrent writers line up instead of forking the
 * chain; the lock is held until the writing transaction ends.
 */
@Injectable()
export class AuditLog {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(AUDIT_OPTIONS) private readonly options: AuditModuleOptions,
  ) {}

  /**
   * Writes one record. Given a manager inside a transaction, the record commits or rolls back with
   * the caller's work (a disclosure and the record of it are one fact); otherwise it commits on its
   * own before this resolves. The caller's transaction must be READ COMMITTED: under a snapshot
   * taken before the lock, the append fails on the chain's uniqueness rather than forking it.
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<AuditRecord> {
    const [written] = await this.recordAll([entry], manager);
    return written!;
  }

  /** Writes several records under one lock, in one transaction: all of them or none. */
  async recordAll(entries: readonly AuditEntry[], manager?: EntityManager): Promise<AuditRecord[]> {
    entries.forEach(assertValidAuditEntry);
    if (entries.length === 0) return [];
    const occurredAt = this.clock.now();
    const correlationId = currentCorrelationId() ?? null;
    const fields = entries.map((entry) => this.fieldsOf(entry, occurredAt, correlationId));
    if (manager?.queryRunner?.isTransactionActive) return this.append(fields, manager);
    return (manager ?? this.dataSource.manager).transaction((transaction) => this.append(fields, transaction));
  }

  /** Every record about one case, oldest first: the access log a guardian or young person may ask for. */
  async forCase(caseId: string): Promise<AuditRecord[]> {
    if (!isUuid(caseId)) throw new CommonError(CommonErrorCode.ValidationFailed, 'The case id is not a UUID.');
    const rows: AuditRecordRow[] = await this.dataSource.query(
      `SELECT ${AUDIT_RECORD_COLUMNS} FROM audit_record WHERE case_id = $1 ORDER BY occurred_at, seq`,
      [caseId],
    );
    return rows.map(toAuditRecord);
  }

  /**
   * Walks the whole chain in `seq` order and reports the first record that does not follow from the
   * one before it. Records removed from the end of the chain leave no trace here: anchor the last
   * hash somewhere else (e.g. a periodic signed checkpoint) to catch that. Reads through `manager`
   * when given one, e.g. to verify what one transaction sees.
   */
  async verifyChain(manager: EntityManager = this.dataSource.manager): Promise<ChainVerification> {
    let previousHash = AUDIT_GENESIS_HASH;
    let afterSeq = '0';
    for (;;) {
      const rows: AuditRecordRow[] = await manager.query(
        `SELECT ${AUDIT_RECORD_COLUMNS} FROM audit_record WHERE seq > $1 ORDER BY seq LIMIT ${VERIFY_BATCH}`,
        [afterSeq],
      );
      if (rows.length === 0) return { ok: true };
      const check = checkChainSegment(rows.map(toAuditRecord), previousHash);
      if (!check.ok) return check;
      previousHash = check.lastHash;
      afterSeq = rows[rows.length - 1]!.seq;
    }
  }

  private fieldsOf(entry: AuditEntry, occurredAt: Date, correlationId: string | null): AuditRecordFields {
    return {
      id: newId(),
      occurredAt,
      service: this.options.service,
      actor: { userId: entry.actor.userId, agency: entry.actor.agency, role: entry.actor.role },
      caseId: entry.caseId,
      action: entry.action,
      resource: entry.resource,
      informationClass: entry.informationClass,
      purpose: entry.purpose,
      disclosedToAgency: entry.disclosedToAgency ?? null,
      correlationId: entry.correlationId === undefined ? correlationId : entry.correlationId,
    };
  }

  private async append(records: readonly AuditRecordFields[], manager: EntityManager): Promise<AuditRecord[]> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK_KEY]);
    const last: Array<{ hash: string }> = await manager.query('SELECT hash FROM audit_record ORDER BY seq DESC LIMIT 1');
    let prevHash = last[0]?.hash ?? AUDIT_GENESIS_HASH;
    const written: AuditRecord[] = [];
    for (const fields of records) {
      const hash = auditRecordHash(prevHash, fields);
      const inserted: Array<{ seq: string }> = await manager.query(
        `INSERT INTO audit_record (id, occurred_at, service, actor_user_id, actor_agency, actor_role, case_id, action,
           resource, information_class, purpose, disclosed_to_agency, correlation_id, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         RETURNING seq`,
        [
          fields.id,
          fields.occurredAt,
          fields.service,
          fields.actor.userId,
          fields.actor.agency,
          fields.actor.role,
          fields.caseId,
          fields.action,
          fields.resource,
          fields.informationClass,
          fields.purpose,
          fields.disclosedToAgency,
          fields.correlationId,
          prevHash,
          hash,
        ],
      );
      written.push({ ...fields, seq: Number(inserted[0]!.seq), prevHash, hash });
      prevHash = hash;
    }
    return written;
  }
}
