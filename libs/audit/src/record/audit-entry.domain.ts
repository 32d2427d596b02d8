import { actorSchema, agencySchema, informationClassSchema } from '@yhdessa/contracts';
import { AuditError, AuditErrorCode } from '../audit.error.js';
import { auditActions, auditPurposes, type AuditEntry } from './audit-record.model.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function isUuid(value: string): boolean {
  return uuid.test(value);
}

/** Refuses an entry that would make a misleading record. Messages name the rule, never the value. */
export function assertValidAuditEntry(entry: AuditEntry): void {
  const invalid = (rule: string): never => {
    throw new AuditError(AuditErrorCode.InvalidEntry, `The audit entry is not valid: ${rule}.`);
  };
  if (!actorSchema.safeParse(entry.actor).success) invalid('the actor needs a user id, a known agency and a known role');
  if (!(auditActions as readonly string[]).includes(entry.action)) invalid('the action is not read or disclose');
  if (entry.caseId !== null && !isUuid(entry.caseId)) invalid('the case id is not a UUID');
  if (typeof entry.resource !== 'string' || !kebab.test(entry.resource)) invalid('the resource is not a kebab-case name');
  if (!informationClassSchema.safeParse(entry.informationClass).success) invalid('the information class is not known');
  if (!(auditPurposes as readonly string[]).includes(entry.purpose)) invalid('the purpose is not known');
  const recipient = entry.disclosedToAgency ?? null;
  if (entry.action === 'disclose' && recipient === null) invalid('a disclosure names the agency it went to');
  if (entry.action === 'read' && recipient !== null) invalid('a read has no receiving agency');
  if (recipient !== null && !agencySchema.safeParse(recipient).success) invalid('the receiving agency is not known');
  if (entry.correlationId !== undefined && entry.correlationId !== null && entry.correlationId.length === 0) {
    invalid('the correlation id is empty');
  }
}
