import { auditMigrations } from '@yhdessa/audit';
import { careTeamMigrations } from '@yhdessa/care-team';
import { consentMigrations } from '@yhdessa/consent';
import { messagingMigrations } from '@yhdessa/messaging';
import { CreatePlans1767200001000 } from './1767200001000-create-plans.migration.js';
import { CreatePlanWatch1767200002000 } from './1767200002000-create-plan-watch.migration.js';
import { CreatePlanCaseClosure1767200003000 } from './1767200003000-create-plan-case-closure.migration.js';
import { AddPlanRoundAwaited1767200004000 } from './1767200004000-add-plan-round-awaited.migration.js';

/** Every migration of this service's database, in order. */
export const clientPlanMigrations = [
  ...messagingMigrations,
  ...auditMigrations,
  ...careTeamMigrations,
  ...consentMigrations,
  CreatePlans1767200001000,
  CreatePlanWatch1767200002000,
  CreatePlanCaseClosure1767200003000,
  AddPlanRoundAwaited1767200004000,
];
