import { auditMigrations } from '@yhdessa/audit';
import { careTeamMigrations } from '@yhdessa/care-team';
import { consentMigrations } from '@yhdessa/consent';
import { messagingMigrations } from '@yhdessa/messaging';
import { CreateExpertsAndBookings1767100001000 } from './1767100001000-create-experts-and-bookings.migration.js';
import { CreateCalendarFeeds1767100002000 } from './1767100002000-create-calendar-feeds.migration.js';
import { DropExpertCalendarKey1767100006000 } from './1767100006000-drop-expert-calendar-key.migration.js';
import { CreateConsultationReminders1767100006100 } from './1767100006100-create-consultation-reminders.migration.js';
import { AddConsultationNaming1767100007000 } from './1767100007000-add-consultation-naming.migration.js';
import { AddCalendarVersion1767100008000 } from './1767100008000-add-calendar-version.migration.js';
import { AddReleasedHolds1767100009000 } from './1767100009000-add-released-holds.migration.js';

/** Every migration of this service's database, in order. */
export const consultationBookingMigrations = [
  ...messagingMigrations,
  ...auditMigrations,
  ...careTeamMigrations,
  ...consentMigrations,
  CreateExpertsAndBookings1767100001000,
  CreateCalendarFeeds1767100002000,
  DropExpertCalendarKey1767100006000,
  CreateConsultationReminders1767100006100,
  AddConsultationNaming1767100007000,
  AddCalendarVersion1767100008000,
  AddReleasedHolds1767100009000,
];
