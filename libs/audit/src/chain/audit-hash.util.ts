import { createHash } from 'node:crypto';
import type { AuditRecordFields } from '../record/audit-record.model.js';
import { canonicalJson } from './canonical-json.util.js';

/** The `prev_hash` of the first record in a database: there is nothing before it. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/**
 * The document a record's hash covers: every stored field except the chain's own columns, flat and
 * named like the table's columns. Changing this shape breaks every stored hash, so a new field
 * needs a new document version, never an edit here.
 */
export function auditRecordDocument(fields: AuditRecordFields): string {
  return canonicalJson({
    id: fields.id,
    occurred_at: fields.occurredAt.toISOString(),
    service: fields.service,
    actor_user_id: fields.actor.userId,
    actor_agency: fields.actor.agency,
    actor_role: fields.actor.role,
    case_id: fields.caseId,
    action: fields.action,
    resource: fields.resource,
    information_class: fields.informationClass,
    purpose: fields.purpose,
    disclosed_to_agency: fields.disclosedToAgency,
    correlation_id: fields.correlationId,
  });
}

/** sha256(prev_hash || canonical JSON of the record's fields), as lowercase hex. */
export function auditRecordHash(prevHash: string, fields: AuditRecordFields): string {
  return createHash('sha256').update(prevHash, 'utf8').update(auditRecordDocument(fields), 'utf8').digest('hex');
}
