import type { TopicSettings } from '@yhdessa/messaging';

export interface AuditModuleOptions {
  /** The service writing the records, e.g. `case-coordination`. */
  service: string;
  /** Refuse to start when a read route declares neither @AuditedRead nor @NoClientData. Default true. */
  checkReadRoutes?: boolean;
  /**
   * Publish the chains' heads to `audit.checkpoints` every `intervalMs` (see AuditCheckpointer),
   * creating the topic with `topicSettings` if it is missing. Default: not at all.
   */
  checkpoints?: { brokers: string[]; intervalMs: number; topicSettings?: TopicSettings };
  /**
   * Publish every record about a case as `AccessRecorded` on `audit.records`, through the service's
   * outbox in the transaction that writes the record (needs `MessagingModule` and its tables). Default
   * true: turn it off only where no access report depends on the records, e.g. a test of the log alone.
   */
  publishRecords?: boolean;
}

export const AUDIT_OPTIONS = Symbol('AUDIT_OPTIONS');
