import { expertKinds } from '@yhdessa/contracts';
import { z } from 'zod';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM, local time in Finland');
const window = z
  .strictObject({ weekday: z.number().int().min(1).max(7), starts: clock, ends: clock })
  .refine((value) => value.ends > value.starts, { path: ['ends'], message: 'the window must end after it starts' });

export const registerExpertCommand = z.strictObject({
  userId: z.string().trim().min(1).max(100),
  displayName: z.string().trim().min(1).max(200),
  kind: z.enum(expertKinds),
});
export type RegisterExpertCommand = z.infer<typeof registerExpertCommand>;

/** The week's windows replace the old ones: Monday 1 … Sunday 7, wall-clock time in Finland. */
export const setAvailabilityCommand = z.strictObject({ windows: z.array(window).max(50) });
export type SetAvailabilityCommand = z.infer<typeof setAvailabilityCommand>;

export const addExceptionCommand = z
  .strictObject({ onDate: z.iso.date(), starts: clock, ends: clock, kind: z.enum(['leave', 'extra']) })
  .refine((value) => value.ends > value.starts, { path: ['ends'], message: 'the exception must end after it starts' });
export type AddExceptionCommand = z.infer<typeof addExceptionCommand>;

export const listExpertsQuery = z.strictObject({ kind: z.enum(expertKinds).optional() });
export type ListExpertsQuery = z.infer<typeof listExpertsQuery>;
