import { careTeamMigrations } from '@yhdessa/care-team';
import { messagingMigrations } from '@yhdessa/messaging';

/** Every migration of the gateway's database, in order: its inbox and its care-team projection (for live updates). */
export const gatewayMigrations = [...messagingMigrations, ...careTeamMigrations];
