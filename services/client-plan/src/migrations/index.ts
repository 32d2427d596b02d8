import { auditMigrations } from '@yhdessa/audit';
import { CreateCareTeamProjection1767000000100 } from '@yhdessa/care-team';
import { CreateConsentProjection1767000000200 } from '@yhdessa/consent';
import { messagingMigrations } from '@yhdessa/messaging';

/** Every migration of this service's database, in order. */
export const clientPlanMigrations = [...messagingMigrations, ...auditMigrations, CreateCareTeamProjection1767000000100, CreateConsentProjection1767000000200];
