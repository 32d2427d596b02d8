import { auditMigrations } from '@yhdessa/audit';
import { CreateMessagingTables1767000000000 } from '@yhdessa/messaging';
import { CreateCases1767000001000 } from './1767000001000-create-cases.migration.js';
import { AddChildAndNotification1767000001500 } from './1767000001500-add-child-and-notification.migration.js';

/** Every migration of this service's database, in order. */
export const caseCoordinationMigrations = [CreateMessagingTables1767000000000, ...auditMigrations, CreateCases1767000001000, AddChildAndNotification1767000001500];
