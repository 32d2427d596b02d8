import { consultationOutcomes, consultationTypes, namingGrounds } from '@yhdessa/contracts';
import { z } from 'zod';
import { offsetMinutes } from '../booking-record/helsinki-time.util.js';

export const ageBands = ['0-6', '7-12', '13-17'] as const;
export const concernCategories = [
  'absence',
  'wellbeing',
  'behaviour',
  'learning',
  'family-situation',
  'safety',
  'other',
] as const;
export const legalBases = ['child-welfare-act-41'] as const;

/**
 * A time as the slot search gives it: in Finland's offset of that day (+02:00 in winter, +03:00 in
 * summer) or in UTC. Any other offset is refused, and so is a local time that does not exist, such as
 * 03:30+02:00 on the spring-forward night (the clocks go from 03:00 to 04:00).
 */
const finnishInstant = z.iso.datetime({ offset: true }).refine(inFinnishOrUtcOffset, {
  message: "give the time in Finland's offset of the day (+02:00 or +03:00) or in UTC",
});

function inFinnishOrUtcOffset(value: string): boolean {
  const offset = /([+-])(\d{2}):?(\d{2})$/.exec(value);
  if (!offset) return true; // Z
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return minutes === 0 || minutes === offsetMinutes(new Date(value));
}

const slotChoice = {
  consultationType: z.enum(consultationTypes),
  startsAt: finnishInstant,
  /** One expert per participant the type needs, as the slot search offered them. */
  expertIds: z.array(z.uuid()).min(1).max(4),
};

export const holdSlotCommand = z.strictObject(slotChoice);
export type HoldSlotCommand = z.infer<typeof holdSlotCommand>;

/** Nothing here names the child: an age band, the school, a category and a few words. */
const anonymousDetails = z.strictObject({
  ageBand: z.enum(ageBands),
  school: z.string().trim().min(2).max(200),
  concernCategory: z.enum(concernCategories),
  description: z.string().trim().min(1).max(500),
});

export const bookAnonymousCommand = z.strictObject({
  ...slotChoice,
  /** The hold made while the form was filled in; without one the slot is taken at once if free. */
  holdId: z.uuid().optional(),
  anonymous: anonymousDetails,
});
export type BookAnonymousCommand = z.infer<typeof bookAnonymousCommand>;

export const bookNamedCommand = z.strictObject({
  ...slotChoice,
  holdId: z.uuid().optional(),
  /** What the consultation is about, for the experts. */
  topic: z.string().trim().min(1).max(1000),
  /** Where the family has not consented to the expert's agency: the law that allows child protection to ask. */
  legalBasis: z.enum(legalBases).optional(),
});
export type BookNamedCommand = z.infer<typeof bookNamedCommand>;

export const cancelBookingCommand = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export type CancelBookingCommand = z.infer<typeof cancelBookingCommand>;

export const rescheduleBookingCommand = z.strictObject({
  startsAt: finnishInstant,
  reason: z.string().trim().min(1).max(500),
});
export type RescheduleBookingCommand = z.infer<typeof rescheduleBookingCommand>;

export const recordOutcomeCommand = z.strictObject({
  outcome: z.enum(consultationOutcomes),
  /** What the notification or referral should say (required for them); never the child's identity when anonymous. */
  summary: z.string().trim().min(1).max(2000).optional(),
});
export type RecordOutcomeCommand = z.infer<typeof recordOutcomeCommand>;

/** An anonymous consultation made one about the child of the case, on the ground that allows it. */
export const nameConsultationCommand = z.strictObject({
  bookingId: z.uuid(),
  ground: z.enum(namingGrounds),
});
export type NameConsultationCommand = z.infer<typeof nameConsultationCommand>;

export const calendarQuery = z.strictObject({ from: z.iso.date(), to: z.iso.date() });
export type CalendarQuery = z.infer<typeof calendarQuery>;
