import { Inject, Injectable, Optional, type BeforeApplicationShutdown } from '@nestjs/common';
import { Clock, CommonError, CommonErrorCode, currentCorrelationId, newId } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { AUDIT_OPTIONS, type AuditModuleOptions } from '../audit.options.js';
import { auditChainKey, type ChainBreak, type ChainVerification } from '../chain/audit-chain.domain.js';
import { AUDIT_GENESIS_HASH, auditRecordHash } from '../chain/audit-hash.util.js';
import { assertValidAuditEntry, isUuid } from './audit-entry.domain.js';
import { GroupCommit } from './group-commit.js';
import { AUDIT_RECORD_COLUMNS, toAuditRecord, type AuditRecordRow } from './audit-record.mapper.js';
import { verifyAuditLog } from './audit-log.verification.js';
import { AuditRecordPublisher } from '../publication/audit-record.publisher.js';
import type { AuditEntry, AuditRecord, AuditRecordFields } from './audit-record.model.js';

/**
 * Advisory lock class of the audit chains. Each chain is locked with the two-key form
 * `pg_advisory_xact_lock(class, hashtext('audit:' || chain_key))`, a key space apart from the
 * single-key advisory locks used elsewhere in the database.
 */
export const AUDIT_CHAIN_LOCK_CLASS = 7_032_023;

/**
 * Records written on their own (a read served over HTTP) go through a group commit: while one
 * transaction of them is being written, the next ones gather, and go together in the next. One write
 * in flight: two would take the same chains' locks whenever their reads share cases, and wait on
 * each other (measured: no more throughput, longer tails).
 */
const GROUP_COMMIT = { maxConcurrentWrites: 1, maxItemsPerWrite: 1_000 };

/** A record to write: its fields (what its hash covers) and its actor's name, which only its event carries. */
interface PendingRecord {
  fields: AuditRecordFields;
  actorDisplayName: string | null;
}
export interface VerifyChainOptions {
  /** Verify only this case's chain (null: the chain of records about no single case). Default: every chain. */
  caseId?: string | null;
  /** Read through this manager, e.g. to verify what one transaction sees. */
  manager?: EntityManager;
}

/**
 * The service's audit log: append-only hash chains, one per case (`chain_key` = the case id; records
 * about no single case share the 'no-case' chain; records written before per-case chains stay in the
 * 'legacy-global' chain). Appends take a transaction-scoped advisory lock per chain, read the chain's
 * last hash and insert, so concurrent writers to one case line up instead of forking its chain, while
 * writers to different cases never wait on each other. Locks are held until the writing transaction
 * ends.
 *
 * What the chains alone cannot show: removing the last records of a chain (or a whole chain) leaves
 * every remaining record consistent. `AuditCheckpointer` anchors every chain's head outside the
 * database, and `verifyAuditLog` (what `./yhdessa audit verify` runs) holds the chains against those
 * checkpoints; `verifyChain` checks the chains among themselves only.
 *
 * Every record about a case is also published (`AuditRecordPublisher`, which `AuditModule` provides
 * unless told not to): its `AccessRecorded` event goes into the outbox in the transaction that writes
 * the record, for the case's access report.
 */
@Injectable()
export class AuditLog implements BeforeApplicationShutdown {
  private readonly ownTransactions = new GroupCommit<PendingRecord, AuditRecord>(
    (pending) => this.dataSource.manager.transaction((transaction) => this.append(pending, transaction)),
    GROUP_COMMIT,
  );

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(AUDIT_OPTIONS) private readonly options: AuditModuleOptions,
    @Optional() private readonly publisher?: AuditRecordPublisher,
  ) {}

  /** The records still being written are written before the database connection closes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.drained();
  }

  /**
   * Writes one record. Given a manager inside a transaction, the record commits or rolls back with
   * the caller's work (a disclosure and the record of it are one fact); otherwise it commits before
   * this resolves, in a transaction it may share with other records written at the same time (group
   * commit: all of them or none, and one record's failure is retried alone, never failing others).
   * The caller's transaction must be READ COMMITTED: under a snapshot taken before the lock, the
   * append fails on the chain's uniqueness rather than forking it. To record reads of several cases
   * in one transaction, use one `recordAll`: it takes all the chain locks at once in a fixed order,
   * where separate calls would take them in call order.
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<AuditRecord> {
    const [written] = await this.recordAll([entry], manager);
    return written!;
  }

  /**
   * Writes several records in one transaction, all of them or none, in a fixed number of statements
   * whatever their count: lock every chain involved, read their last hashes, insert every row, and
   * append the events of those about a case to the outbox.
   */
  async recordAll(entries: readonly AuditEntry[], manager?: EntityManager): Promise<AuditRecord[]> {
    entries.forEach(assertValidAuditEntry);
    if (entries.length === 0) return [];
    const occurredAt = this.clock.now();
    const correlationId = currentCorrelationId() ?? null;
    const pending = entries.map((entry) => ({
      fields: this.fieldsOf(entry, occurredAt, correlationId),
      actorDisplayName: entry.actorDisplayName ?? null,
    }));
    if (manager?.queryRunner?.isTransactionActive) return this.append(pending, manager);
    if (manager) return manager.transaction((transaction) => this.append(pending, transaction));
    return this.ownTransactions.submit(pending);
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
   * Walks every chain (or only `caseId`'s) in `seq` order and reports the first record, by `seq`,
   * that does not follow from the one before it in its chain. Records removed from the end of a chain
   * leave no trace here: see `verifyAuditLog` with checkpoints.
   */
  async verifyChain(options: VerifyChainOptions = {}): Promise<ChainVerification> {
    const { caseId } = options;
    if (typeof caseId === 'string' && !isUuid(caseId)) {
      throw new CommonError(CommonErrorCode.ValidationFailed, 'The case id is not a UUID.');
    }
    const { breaks } = await verifyAuditLog(options.manager ?? this.dataSource.manager, caseId === undefined ? {} : { caseId });
    const first = breaks.sort((a, b) => a.seq - b.seq)[0];
    // Without checkpoints, a chain can only break at a record that does not follow or does not hash.
    return first ? { ok: false, brokenAtSeq: first.seq, reason: first.problem as ChainBreak } : { ok: true };
  }

  /** Resolves once every record submitted so far without a transaction of the caller's has been written or refused. */
  drained(): Promise<void> {
    return this.ownTransactions.drained();
  }

  private fieldsOf(entry: AuditEntry, occurredAt: Date, correlationId: string | null): AuditRecordFields {
    return {
      id: newId(),
      occurredAt,
      service: this.options.service,
      actor: { userId: entry.actor.userId, agency: entry.actor.agency, role: entry.actor.role },
      // As PostgreSQL prints a uuid, so the hash covers what is stored and the chain key matches the case.
      caseId: entry.caseId === null ? null : entry.caseId.toLowerCase(),
      action: entry.action,
      resource: entry.resource,
      informationClass: entry.informationClass,
      purpose: entry.purpose,
      disclosedToAgency: entry.disclosedToAgency ?? null,
      correlationId: entry.correlationId === undefined ? correlationId : entry.correlationId,
    };
  }

  private async append(pending: readonly PendingRecord[], manager: EntityManager): Promise<AuditRecord[]> {
    const records = pending.map((record) => record.fields);
    const chainKeys = [...new Set(records.map((fields) => auditChainKey(fields.caseId)))].sort();
    // In the order of the lock ids, so writers whose chains overlap (or whose keys hash alike) can
    // never wait on each other in a cycle. The subquery keeps that order for the outer calls.
    await manager.query(
      `SELECT pg_advisory_xact_lock($1::int, lock_id) FROM (
         SELECT DISTINCT hashtext('audit:' || chain_key) AS lock_id FROM unnest($2::text[]) AS chain_key ORDER BY lock_id
       ) AS chain_locks`,
      [AUDIT_CHAIN_LOCK_CLASS, chainKeys],
    );
    // One backward index scan on (chain_key, seq) per chain, however long the chains are.
    const heads: Array<{ chain_key: string; hash: string }> = await manager.query(
      `SELECT chain.chain_key, head.hash FROM unnest($1::text[]) AS chain (chain_key)
       CROSS JOIN LATERAL (
         SELECT hash FROM audit_record WHERE audit_record.chain_key = chain.chain_key ORDER BY seq DESC LIMIT 1
       ) AS head`,
      [chainKeys],
    );
    const lastHash = new Map(heads.map((head) => [head.chain_key, head.hash]));
    const chained = records.map((fields) => {
      const chainKey = auditChainKey(fields.caseId);
      const prevHash = lastHash.get(chainKey) ?? AUDIT_GENESIS_HASH;
      const hash = auditRecordHash(prevHash, fields);
      lastHash.set(chainKey, hash);
      return { fields, chainKey, prevHash, hash };
    });
    const inserted: Array<{ id: string; seq: string }> = await manager.query(
      `INSERT INTO audit_record (id, occurred_at, service, actor_user_id, actor_agency, actor_role, case_id, action,
         resource, information_class, purpose, disclosed_to_agency, correlation_id, chain_key, prev_hash, hash)
       SELECT id, occurred_at, service, actor_user_id, actor_agency, actor_role, case_id, action,
         resource, information_class, purpose, disclosed_to_agency, correlation_id, chain_key, prev_hash, hash
       FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::text[], $6::text[], $7::uuid[], $8::text[],
         $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
         WITH ORDINALITY AS r (id, occurred_at, service, actor_user_id, actor_agency, actor_role, case_id, action,
           resource, information_class, purpose, disclosed_to_agency, correlation_id, chain_key, prev_hash, hash, ord)
       ORDER BY ord
       RETURNING id, seq`,
      [
        chained.map(({ fields }) => fields.id),
        chained.map(({ fields }) => fields.occurredAt),
        chained.map(({ fields }) => fields.service),
        chained.map(({ fields }) => fields.actor.userId),
        chained.map(({ fields }) => fields.actor.agency),
        chained.map(({ fields }) => fields.actor.role),
        chained.map(({ fields }) => fields.caseId),
        chained.map(({ fields }) => fields.action),
        chained.map(({ fields }) => fields.resource),
        chained.map(({ fields }) => fields.informationClass),
        chained.map(({ fields }) => fields.purpose),
        chained.map(({ fields }) => fields.disclosedToAgency),
        chained.map(({ fields }) => fields.correlationId),
        chained.map(({ chainKey }) => chainKey),
        chained.map(({ prevHash }) => prevHash),
        chained.map(({ hash }) => hash),
      ],
    );
    const seqOf = new Map(inserted.map((row) => [row.id, Number(row.seq)]));
    const written = chained.map(({ fields, chainKey, prevHash, hash }) => ({
      ...fields,
      chainKey,
      seq: seqOf.get(fields.id)!,
      prevHash,
      hash,
    }));
    // A chain's order is its seq order: refuse (and roll back) rather than store records out of it.
    if (written.some((record, i) => i > 0 && !(record.seq > written[i - 1]!.seq))) {
      throw new Error('audit records were numbered out of their chain order');
    }
    await this.publisher?.publish(
      written.map((record, i) => ({ record, actorDisplayName: pending[i]!.actorDisplayName })),
      manager,
    );
    return written;
  }
}
