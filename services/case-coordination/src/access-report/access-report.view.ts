import type { Agency, AuditAction, AuditPurpose, InformationClass, Role } from '@yhdessa/contracts';

/**
 * One access to or disclosure of the child's data, from any service's audit log: who (by name, as
 * the law gives the family the right to know who processed the data), when, what and why.
 */
export interface AccessReportEntry {
  recordId: string;
  accessedAt: string;
  /** The service whose audit log holds the record. */
  service: string;
  actor: { userId: string; displayName: string | null; agency: Agency; role: Role };
  action: AuditAction;
  informationClass: InformationClass;
  resource: string;
  purpose: AuditPurpose;
  /** For a disclosure, the agency the data went to. */
  disclosedToAgency: Agency | null;
}

export interface AccessReportPage {
  entries: AccessReportEntry[];
  /** Give as `before` for the next page; null on the last page. */
  nextBefore: string | null;
}
