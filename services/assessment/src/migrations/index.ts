import { auditMigrations } from '@yhdessa/audit';
import { careTeamMigrations } from '@yhdessa/care-team';
import { consentMigrations } from '@yhdessa/consent';
import { messagingMigrations } from '@yhdessa/messaging';
import { CreateAssessments1768000001000 } from './1768000001000-create-assessments.migration.js';
import { InvitationOverdueRaised1768000030000 } from './1768000030000-invitation-overdue-raised.migration.js';

/** Every migration of this service's database, in order. */
export const assessmentMigrations = [
  ...messagingMigrations,
  ...auditMigrations,
  ...careTeamMigrations,
  ...consentMigrations,
  CreateAssessments1768000001000,
  InvitationOverdueRaised1768000030000,
];
