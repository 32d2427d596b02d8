import { auditMigrations } from '@yhdessa/audit';
import { careTeamMigrations } from '@yhdessa/care-team';
import { consentMigrations } from '@yhdessa/consent';
import { messagingMigrations } from '@yhdessa/messaging';

/** Every migration of this service's database, in order. */
export const assessmentMigrations = [...messagingMigrations, ...auditMigrations, ...careTeamMigrations, ...consentMigrations];
