import { loadConfig, serviceSchema } from '@yhdessa/platform';
import { z } from 'zod';

const schema = serviceSchema('ASSESSMENT_PORT', 'ASSESSMENT_DB');

const ownSchema = z.object({
  /** How often late invitations are looked for: whole milliseconds, from one second to a day. */
  ASSESSMENT_OVERDUE_WATCH_INTERVAL_MS: z
    .string()
    .regex(/^\d+$/, 'expected a whole number of milliseconds')
    .transform(Number)
    .pipe(z.number().min(1_000).max(86_400_000))
    .default(60_000),
});

export type AssessmentConfig = z.infer<typeof schema> & z.infer<typeof ownSchema>;

export const loadAssessmentConfig = (env: NodeJS.ProcessEnv = process.env): AssessmentConfig => ({
  ...loadConfig(schema, env),
  ...loadConfig(ownSchema, env),
});
