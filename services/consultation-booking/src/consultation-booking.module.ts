import { Module, type DynamicModule } from '@nestjs/common';
import { CaseAccessModule } from '@yhdessa/access';
import { CareTeamModule } from '@yhdessa/care-team';
import { ConsentModule } from '@yhdessa/consent';
import { caseStateTopic, topics } from '@yhdessa/contracts';
import { serviceFoundation, serviceMessaging, type ServiceFoundationSpec } from '@yhdessa/runtime';
import type { ConsultationBookingConfig } from './consultation-booking.config.js';
import { consultationBookingMigrations } from './migrations/index.js';

export const SERVICE_NAME = 'consultation-booking';

const foundation = (config: ConsultationBookingConfig): ServiceFoundationSpec => ({
  name: SERVICE_NAME,
  database: config.CONSULTATION_BOOKING_DB,
  migrations: consultationBookingMigrations,
  subscribesTo: [topics.case, caseStateTopic],
  publishesTo: [topics.booking],
});

export const consultationBookingMessaging = (config: ConsultationBookingConfig) => serviceMessaging(config, foundation(config));

@Module({})
export class ConsultationBookingModule {
  static forRoot(config: ConsultationBookingConfig): DynamicModule {
    return {
      module: ConsultationBookingModule,
      imports: [...serviceFoundation(config, foundation(config)), CareTeamModule, ConsentModule, CaseAccessModule],
    };
  }
}
