import { loadConfig } from '@yhdessa/platform';
import { z } from 'zod';

/** The plan watch's settings (from the configuration: see client-plan.config.ts). */
export const PLAN_WATCH_SETTINGS = Symbol('PLAN_WATCH_SETTINGS');

export interface PlanWatchSettings {
  /** How often the watch looks, in milliseconds. */
  intervalMs: number;
  /** How long before a sign-off round ends its parties who have not answered are reminded, in milliseconds. */
  remindBeforeMs: number;
}

const whole = (min: number, max: number) =>
  z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).pipe(z.number().min(min).max(max));

const envSchema = z.object({
  PLAN_WATCH_INTERVAL_MS: whole(1_000, 86_400_000).default(60_000),
  /** Hours before a round's end when those who have not answered are reminded (once per round). */
  PLAN_SIGN_OFF_REMIND_HOURS: whole(1, 2_160).default(48),
});

export function planWatchSettingsFromEnv(env: NodeJS.ProcessEnv): PlanWatchSettings {
  const parsed = loadConfig(envSchema, env);
  return { intervalMs: parsed.PLAN_WATCH_INTERVAL_MS, remindBeforeMs: parsed.PLAN_SIGN_OFF_REMIND_HOURS * 3_600_000 };
}
