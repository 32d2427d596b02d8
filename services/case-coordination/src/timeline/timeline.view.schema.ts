import { informationClassSchema } from '@yhdessa/contracts';
import { z } from 'zod';
import type { TimelineEntry } from './timeline.view.js';

/** One entry of a case's timeline: only those of the information classes the reader may see are listed. */
export const timelineEntrySchema = z
  .object({
    eventId: z.uuid(),
    occurredAt: z.iso.datetime({ offset: true }),
    event: z.string(),
    informationClass: informationClassSchema,
    actor: z.object({ userId: z.string(), agency: z.string(), role: z.string() }),
    summary: z.string().describe('One line in English, kept for readers that do not word `details` themselves.'),
    details: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
      .nullable()
      .describe(
        "What the entry says beyond its kind (`event`), for the reader's app to word in the reader's language: codes, dates, counts, " +
          "versions and professionals' names, never free text or a family member's name. Null on entries written before details existed.",
      ),
  })
  .meta({ id: 'TimelineEntry' }) satisfies z.ZodType<TimelineEntry>;
