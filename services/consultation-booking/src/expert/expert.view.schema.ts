import { expertKinds } from '@yhdessa/contracts';
import { z } from 'zod';
import type { AvailabilityView, ExpertView } from './expert.view.js';

export const expertViewSchema = z
  .object({
    expertId: z.uuid(),
    userId: z.string(),
    displayName: z.string(),
    agency: z.string(),
    kind: z.enum(expertKinds),
  })
  .meta({ id: 'Expert' }) satisfies z.ZodType<ExpertView>;

export const availabilityViewSchema = z
  .object({
    expert: expertViewSchema,
    windows: z.array(z.object({ weekday: z.number().int(), starts: z.string(), ends: z.string() })),
    exceptions: z.array(
      z.object({
        exceptionId: z.uuid(),
        onDate: z.iso.date(),
        starts: z.string(),
        ends: z.string(),
        kind: z.enum(['leave', 'extra']),
      }),
    ),
  })
  .meta({
    id: 'ExpertAvailability',
    description: 'Weekly windows and dated exceptions, in wall-clock time in Finland.',
  }) satisfies z.ZodType<AvailabilityView>;
