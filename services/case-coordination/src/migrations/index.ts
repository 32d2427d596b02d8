import { auditMigrations } from '@yhdessa/audit';
import { messagingMigrations } from '@yhdessa/messaging';
import { CreateCases1767000001000 } from './1767000001000-create-cases.migration.js';
import { AddChildAndNotification1767000001500 } from './1767000001500-add-child-and-notification.migration.js';
import { CreateConsents1767000002000 } from './1767000002000-create-consents.migration.js';
import { CreateCaseDeadlines1767000002500 } from './1767000002500-create-case-deadlines.migration.js';
import { CreateTeamsAndMeetings1767000003000 } from './1767000003000-create-teams-and-meetings.migration.js';
import { CreateCaseTimeline1767000004000 } from './1767000004000-create-case-timeline.migration.js';
import { CreateAccessReport1767000005000 } from './1767000005000-create-access-report.migration.js';
import { CreateConsultationIntake1767000007000 } from './1767000007000-create-consultation-intake.migration.js';
import { AddTimelineDetails1767000006000 } from './1767000006000-add-timeline-details.migration.js';
import { RemoveTimelineEntriesOffTheTimeline1767000008000 } from './1767000008000-remove-timeline-entries-off-the-timeline.migration.js';

/** Every migration of this service's database, in order. */
export const caseCoordinationMigrations = [
  ...messagingMigrations,
  ...auditMigrations,
  CreateCases1767000001000,
  AddChildAndNotification1767000001500,
  CreateConsents1767000002000,
  CreateCaseDeadlines1767000002500,
  CreateTeamsAndMeetings1767000003000,
  CreateCaseTimeline1767000004000,
  CreateAccessReport1767000005000,
  AddTimelineDetails1767000006000,
  CreateConsultationIntake1767000007000,
  RemoveTimelineEntriesOffTheTimeline1767000008000,
];
