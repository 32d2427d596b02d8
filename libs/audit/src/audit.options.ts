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
}

export const AUDIT_OPTIONS = Symbol('AUDIT_OPTIONS');
