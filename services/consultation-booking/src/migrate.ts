import { migrateDatabase } from '@yhdessa/runtime';
import { loadConsultationBookingConfig } from './consultation-booking.config.js';
import { consultationBookingMigrations } from './migrations/index.js';

const config = loadConsultationBookingConfig();
await migrateDatabase(config, config.CONSULTATION_BOOKING_DB, consultationBookingMigrations);
