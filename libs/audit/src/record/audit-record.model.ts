import type { Actor, Agency, AuditAction, AuditPurpose, InformationClass } from '@yhdessa/contracts';

/** The actions and purposes of a record: one list with the `AccessRecorded` event that publishes it. */
export { auditActions, auditPurposes, type AuditAction, type AuditPurpose } from '@yhdessa/contracts';

/** What a caller reports: one read or disclosure of client data. */
export interface AuditEntry {
  actor: Actor;
  action: AuditAction;
  /** The child's case, or null for a read that concerns no single case. */
  caseId: string | null;
  /** What was read, in kebab-case: `case`, `case-timeline`, `plan`, … */
  resource: string;
  informationClass: InformationClass;
  purpose: AuditPurpose;
  /** The receiving agency: required for `disclose`, absent for `read`. */
  disclosedToAgency?: Agency | null;
  /** Defaults to the correlation id of the current request or consumed event. */
  correlationId?: string | null;
  /**
   * The actor's name as their sign-in gives it, carried by the record's `AccessRecorded` event to the
   * case's access report. Not part of the stored record, whose user id, agency and role say who.
   */
  actorDisplayName?: string | null;
}

/** The fields of a stored record that its hash covers. */
export interface AuditRecordFields {
  id: string;
  occurredAt: Date;
  service: string;
  actor: Actor;
  caseId: string | null;
  action: AuditAction;
  resource: string;
  informationClass: InformationClass;
  purpose: AuditPurpose;
  disclosedToAgency: Agency | null;
  correlationId: string | null;
}

/**
 * A stored record: its chain (`chainKey`: the case id, 'no-case', or 'legacy-global' for records
 * written before per-case chains), its place in the chain (`seq`), the hash before it and its own.
 */
export interface AuditRecord extends AuditRecordFields {
  chainKey: string;
  seq: number;
  prevHash: string;
  hash: string;
}
