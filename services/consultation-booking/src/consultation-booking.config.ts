import { loadConfig, serviceSchema } from '@yhdessa/platform';
import type { z } from 'zod';

const schema = serviceSchema('CONSULTATION_BOOKING_PORT', 'CONSULTATION_BOOKING_DB');
export type ConsultationBookingConfig = z.infer<typeof schema>;

export const loadConsultationBookingConfig = (env: NodeJS.ProcessEnv = process.env): ConsultationBookingConfig =>
  loadConfig(schema, env);
