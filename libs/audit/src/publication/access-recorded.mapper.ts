import type { OutboxEvent } from '@yhdessa/messaging';
import type { AuditRecord } from '../record/audit-record.model.js';

/** A name longer than this is cut: a sign-in's name is shown, not checked. */
const DISPLAY_NAME_MAX = 200;

/**
 * The `AccessRecorded` event of one record about a case: what the record says of who, when, what and
 * why, the actor's name beside it, and the record's own correlation (records written together may
 * come from several requests). Null for a record about no single case: there is no case to report
 * it to.
 */
export function accessRecordedEvent(record: AuditRecord, actorDisplayName: string | null): OutboxEvent | null {
  if (record.caseId === null) return null;
  const name = actorDisplayName?.trim().slice(0, DISPLAY_NAME_MAX) || null;
  return {
    name: 'AccessRecorded.v1',
    caseId: record.caseId,
    actor: record.actor,
    correlationId: record.correlationId ?? record.id,
    causationId: null,
    payload: {
      recordId: record.id,
      service: record.service,
      actorDisplayName: name,
      accessedAt: record.occurredAt.toISOString(),
      action: record.action,
      resource: record.resource,
      informationClass: record.informationClass,
      purpose: record.purpose,
      disclosedToAgency: record.disclosedToAgency,
    },
  };
}
