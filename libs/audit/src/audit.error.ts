import { DomainError } from '@yhdessa/platform';

export enum AuditErrorCode {
  /** A caller reported a read or disclosure that cannot be recorded as given (a programming error). */
  InvalidEntry = 'audit_entry_invalid',
  /** A route serving client data ran without an authenticated caller to attribute the read to. */
  ActorMissing = 'audit_actor_missing',
  /** The record could not be written, so the data it covers is not served. */
  WriteFailed = 'audit_write_failed',
}

const statusOf: Record<AuditErrorCode, number> = {
  [AuditErrorCode.InvalidEntry]: 500,
  [AuditErrorCode.ActorMissing]: 500,
  [AuditErrorCode.WriteFailed]: 500,
};

/** Messages name fields and rules, never the values: an audit entry is client data. */
export class AuditError extends DomainError<AuditErrorCode> {
  get status(): number {
    return statusOf[this.code];
  }
}
