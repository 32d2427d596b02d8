import { CareTeamProjectionAnyOrder1767000000110 } from './care-team-projection-any-order.migration.js';
import { CreateCareTeamProjection1767000000100 } from './create-care-team-projection.migration.js';

/** Every migration of the care-team projection, in order: a service lists them among its own. */
export const careTeamMigrations = [CreateCareTeamProjection1767000000100, CareTeamProjectionAnyOrder1767000000110];
