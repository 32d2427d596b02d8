import 'reflect-metadata';
import { runService } from '@yhdessa/runtime';
import { loadConsultationBookingConfig } from './consultation-booking.config.js';
import { ConsultationBookingModule, consultationBookingMessaging, SERVICE_NAME } from './consultation-booking.module.js';

await runService({
  name: SERVICE_NAME,
  loadConfig: loadConsultationBookingConfig,
  port: (config) => config.CONSULTATION_BOOKING_PORT,
  module: (config) => ConsultationBookingModule.forRoot(config),
  messaging: consultationBookingMessaging,
});
