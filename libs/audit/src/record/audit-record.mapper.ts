import type { Actor, Agency, InformationClass } from '@yhdessa/contracts';
import type { AuditAction, AuditPurpose, AuditRecord } from './audit-record.model.js';

/** An `audit_record` row as node-postgres returns it (`bigint` as a string, `timestamptz` as a Date). */
export interface AuditRecordRow {
  chain_key: string;
  seq: string;
  id: string;
  occurred_at: Date;
  service: string;
  actor_user_id: string;
  actor_agency: string;
  actor_role: string;
  case_id: string | null;
  action: string;
  resource: string;
  information_class: string;
  purpose: string;
  disclosed_to_agency: string | null;
  correlation_id: string | null;
  prev_hash: string;
  hash: string;
}

export const AUDIT_RECORD_COLUMNS =
  'chain_key, seq, id, occurred_at, service, actor_user_id, actor_agency, actor_role, case_id, action, resource, ' +
  'information_class, purpose, disclosed_to_agency, correlation_id, prev_hash, hash';

/** Rows are only ever written through `AuditLog`, which validates them first; the casts restate that. */
export function toAuditRecord(row: AuditRecordRow): AuditRecord {
  return {
    chainKey: row.chain_key,
    seq: Number(row.seq),
    id: row.id,
    occurredAt: row.occurred_at,
    service: row.service,
    actor: { userId: row.actor_user_id, agency: row.actor_agency as Actor['agency'], role: row.actor_role as Actor['role'] },
    caseId: row.case_id,
    action: row.action as AuditAction,
    resource: row.resource,
    informationClass: row.information_class as InformationClass,
    purpose: row.purpose as AuditPurpose,
    disclosedToAgency: row.disclosed_to_agency as Agency | null,
    correlationId: row.correlation_id,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
