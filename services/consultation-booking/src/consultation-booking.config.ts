import { loadConfig, serviceSchema } from '@yhdessa/platform';
import type { z } from 'zod';
import { bookingRulesFromEnv, type BookingRules } from './settings/consultation-type-rules.provider.js';

const schema = serviceSchema('CONSULTATION_BOOKING_PORT', 'CONSULTATION_BOOKING_DB');

/** The service's settings, with each consultation type's rules: read once at boot, a bad value names its variable. */
export type ConsultationBookingConfig = z.infer<typeof schema> & { bookingRules: BookingRules };

export const loadConsultationBookingConfig = (env: NodeJS.ProcessEnv = process.env): ConsultationBookingConfig => ({
  ...loadConfig(schema, env),
  bookingRules: bookingRulesFromEnv(env),
});
