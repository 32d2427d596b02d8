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
    summary: z.string(),
  })
  .meta({ id: 'TimelineEntry' }) satisfies z.ZodType<TimelineEntry>;
