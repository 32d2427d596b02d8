import { consultationTypes } from '@yhdessa/contracts';
import { z } from 'zod';

export const slotSearchQuery = z
  .strictObject({
    consultationType: z.enum(consultationTypes),
    /** Local days in Finland, inclusive; at most 8 weeks. */
    from: z.iso.date(),
    to: z.iso.date(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    /** Only this expert's free times for the participant they can be (a case's own liaison nurse, say). */
    expertId: z.uuid().optional(),
  })
  .refine((query) => query.to >= query.from, { path: ['to'], message: 'the search must end on or after its first day' })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 56 * 86_400_000, {
    path: ['to'],
    message: 'search at most 8 weeks at a time',
  });
export type SlotSearchQuery = z.infer<typeof slotSearchQuery>;
