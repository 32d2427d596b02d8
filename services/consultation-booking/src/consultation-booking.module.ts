import { Module, type DynamicModule } from '@nestjs/common';
import { CaseAccessModule } from '@yhdessa/access';
import { CareTeamModule } from '@yhdessa/care-team';
import { ConsentModule } from '@yhdessa/consent';
import { caseStateTopic, topics } from '@yhdessa/contracts';
import { constraintErrorProviders } from '@yhdessa/platform';
import { serviceFoundation, serviceMessaging, type ServiceFoundationSpec } from '@yhdessa/runtime';
import { BookingModule } from './booking/booking.module.js';
import { CalendarFeedModule } from './calendar-feed/calendar-feed.module.js';
import type { ConsultationBookingConfig } from './consultation-booking.config.js';
import { ExpertModule } from './expert/expert.module.js';
import { consultationBookingConstraintErrors } from './migrations/constraint-errors.js';
import { consultationBookingMigrations } from './migrations/index.js';
import { ReminderModule } from './reminder/reminder.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { SlotModule } from './slot/slot.module.js';

export const SERVICE_NAME = 'consultation-booking';

const foundation = (config: ConsultationBookingConfig): ServiceFoundationSpec => ({
  name: SERVICE_NAME,
  database: config.CONSULTATION_BOOKING_DB,
  migrations: consultationBookingMigrations,
  subscribesTo: [topics.case, caseStateTopic],
  publishesTo: [topics.booking],
});

export const consultationBookingMessaging = (config: ConsultationBookingConfig) => serviceMessaging(config, foundation(config));

/**
 * The service: the foundation every service shares, the care-team and consent projections with the
 * case access built on them, its settings, and one module per feature (booking-record at the bottom).
 */
@Module({})
export class ConsultationBookingModule {
  static forRoot(config: ConsultationBookingConfig): DynamicModule {
    return {
      module: ConsultationBookingModule,
      imports: [
        ...serviceFoundation(config, foundation(config)),
        CareTeamModule,
        ConsentModule,
        CaseAccessModule,
        SettingsModule.forRoot(config),
        ExpertModule,
        SlotModule,
        BookingModule,
        CalendarFeedModule,
        ReminderModule,
      ],
      providers: [...constraintErrorProviders(consultationBookingConstraintErrors)],
    };
  }
}
