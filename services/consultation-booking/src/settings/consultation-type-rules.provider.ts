import { consultationTypes, expertKinds, type ConsultationType, type ExpertKind } from '@yhdessa/contracts';
import { loadConfig } from '@yhdessa/platform';
import { z } from 'zod';

/** The rules of each consultation type and of holds (from the configuration: consultation-booking.config.ts). */
export const BOOKING_RULES = Symbol('BOOKING_RULES');

export interface ConsultationTypeRule {
  durationMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  /** How long before its start a consultation can be booked at the latest. */
  minLeadMinutes: number;
  /** How many days ahead (Finnish days, counted from today) one can be booked. */
  horizonDays: number;
  /** At most this many consultations per expert per day (of every type). */
  dailyMaxPerExpert: number;
  /** One expert attends for each entry, of one of the kinds listed: a collective type lists several. */
  participants: ReadonlyArray<readonly ExpertKind[]>;
}

export interface BookingRules {
  types: Record<ConsultationType, ConsultationTypeRule>;
  /** How long a held slot waits for the booker to finish the form. */
  holdSeconds: number;
  /** The grid on which free times are offered, in minutes past local midnight. */
  slotStepMinutes: number;
}

export const defaultBookingRules: BookingRules = {
  types: {
    'school-child-protection': {
      durationMinutes: 60,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 15,
      minLeadMinutes: 24 * 60,
      horizonDays: 56,
      dailyMaxPerExpert: 4,
      participants: [['child-protection-consultant'], ['special-needs-teacher']],
    },
    'psychiatry-liaison': {
      durationMinutes: 45,
      bufferBeforeMinutes: 15,
      bufferAfterMinutes: 15,
      minLeadMinutes: 24 * 60,
      horizonDays: 56,
      dailyMaxPerExpert: 5,
      participants: [['liaison-nurse', 'liaison-clinician']],
    },
    'systemic-team': {
      durationMinutes: 90,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 30,
      minLeadMinutes: 48 * 60,
      horizonDays: 56,
      dailyMaxPerExpert: 2,
      participants: [['systemic-clinician']],
    },
  },
  holdSeconds: 600,
  slotStepMinutes: 15,
};

const minutes = z
  .number()
  .int()
  .min(0)
  .max(7 * 24 * 60);
const typeRuleSchema = z.strictObject({
  durationMinutes: z
    .number()
    .int()
    .min(5)
    .max(8 * 60),
  bufferBeforeMinutes: minutes,
  bufferAfterMinutes: minutes,
  minLeadMinutes: minutes,
  horizonDays: z.number().int().min(1).max(366),
  dailyMaxPerExpert: z.number().int().min(1).max(50),
  participants: z.array(z.array(z.enum(expertKinds)).min(1)).min(1),
});

const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((value, context) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.addIssue({ code: 'custom', message: 'expected JSON' });
        return z.NEVER;
      }
    })
    .pipe(schema);

const envSchema = z.object({
  /** JSON: the types to change, each with all of its rules, e.g. {"psychiatry-liaison": {...}}. */
  CONSULTATION_TYPE_RULES: json(z.partialRecord(z.enum(consultationTypes), typeRuleSchema)).optional(),
  BOOKING_HOLD_SECONDS: z
    .string()
    .regex(/^\d+$/, 'expected whole seconds')
    .transform(Number)
    .pipe(z.number().min(5).max(3600))
    .optional(),
});

/** The booking rules from the environment, the defaults for what is not set; a bad value stops the service naming the variable. */
export function bookingRulesFromEnv(env: NodeJS.ProcessEnv): BookingRules {
  const parsed = loadConfig(envSchema, env);
  return {
    ...defaultBookingRules,
    types: { ...defaultBookingRules.types, ...parsed.CONSULTATION_TYPE_RULES },
    holdSeconds: parsed.BOOKING_HOLD_SECONDS ?? defaultBookingRules.holdSeconds,
  };
}
