import { loadConfig, serviceSchema } from '@yhdessa/platform';
import { z } from 'zod';
import { bookingRulesFromEnv, type BookingRules } from './settings/consultation-type-rules.provider.js';

const schema = serviceSchema('CONSULTATION_BOOKING_PORT', 'CONSULTATION_BOOKING_DB');

const ownSchema = z.object({
  /** How often the reminders of consultations coming up are made: whole milliseconds, from one second to an hour. */
  REMINDER_SWEEP_INTERVAL_MS: z
    .string()
    .regex(/^\d+$/, 'expected a whole number of milliseconds')
    .transform(Number)
    .pipe(z.number().min(1_000).max(3_600_000))
    .default(60_000),
});

/** The service's settings, with each consultation type's rules: read once at boot, a bad value names its variable. */
export type ConsultationBookingConfig = z.infer<typeof schema> & z.infer<typeof ownSchema> & { bookingRules: BookingRules };

export const loadConsultationBookingConfig = (env: NodeJS.ProcessEnv = process.env): ConsultationBookingConfig => ({
  ...loadConfig(schema, env),
  ...loadConfig(ownSchema, env),
  bookingRules: bookingRulesFromEnv(env),
});
