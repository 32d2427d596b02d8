import { ConsentProjectionAnyOrder1767000000210 } from './consent-projection-any-order.migration.js';
import { CreateConsentProjection1767000000200 } from './create-consent-projection.migration.js';

/** Every migration of the consent projection, in order: a service lists them among its own. */
export const consentMigrations = [CreateConsentProjection1767000000200, ConsentProjectionAnyOrder1767000000210];
