import { AddOutboxCaseSequence1767000000010 } from './add-outbox-case-sequence.migration.js';
import { CreateMessagingTables1767000000000 } from './create-messaging-tables.migration.js';

/** Every migration of the messaging tables, in order: a service lists them among its own. */
export const messagingMigrations = [CreateMessagingTables1767000000000, AddOutboxCaseSequence1767000000010];
