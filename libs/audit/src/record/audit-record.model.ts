import type { Actor, Agency, InformationClass } from '@yhdessa/contracts';

export const auditActions = ['read', 'disclose'] as const;
/** `read`: client data was shown to someone. `disclose`: it was handed to another agency. */
export type AuditAction = (typeof auditActions)[number];

/**
 * Why client data was processed: the "why" a guardian or young person is told when they ask who has
 * processed the child's data (Act on client data 703/2023). One list for every service, so the
 * access log reads the same whichever service wrote it.
 */
export const auditPurposes = [
  /** Work on the child's case by the care team: assessment, plan, meetings, actions. */
  'care-team-work',
  /** An expert consultation (school, psychiatry liaison) about the child. */
  'consultation',
  /** Caseloads, deadlines and figures for team leads and service managers. */
  'statistics',
  /** Answering a guardian's or young person's request to see the data or the access log. */
  'guardian-access-request',
  /** A disclosure or read that the law requires (a notification, a court, the police). */
  'legal-obligation',
] as const;
export type AuditPurpose = (typeof auditPurposes)[number];

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
