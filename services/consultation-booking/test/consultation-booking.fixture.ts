import { startServiceFixture, type ServiceFixture, type ServiceFixtureOptions } from '@yhdessa/testing';
import { loadConsultationBookingConfig, type ConsultationBookingConfig } from '../src/consultation-booking.config.js';
import { ConsultationBookingModule, consultationBookingMessaging, SERVICE_NAME } from '../src/consultation-booking.module.js';
import { consultationBookingMigrations } from '../src/migrations/index.js';

/** consultation-booking as it runs in production, on a test database of its own, in a consumer group of its own. */
export function startConsultationBooking(
  database: string,
  options: Omit<ServiceFixtureOptions, 'database'> = {},
): Promise<ServiceFixture<ConsultationBookingConfig>> {
  return startServiceFixture(
    {
      name: SERVICE_NAME,
      loadConfig: loadConsultationBookingConfig,
      module: (config) => ConsultationBookingModule.forRoot(config),
      messaging: consultationBookingMessaging,
      migrations: consultationBookingMigrations,
    },
    { ...options, database },
  );
}
