import { consultationOutcomes, consultationTypes, expertKinds, namingGrounds } from '@yhdessa/contracts';
import { z } from 'zod';
import type { BookingView } from './booking.view.js';

const instant = z.iso.datetime({ offset: true });

export const bookingViewSchema = z
  .object({
    bookingId: z.uuid(),
    consultationType: z.enum(consultationTypes),
    status: z.enum(['held', 'confirmed', 'cancelled', 'no-show', 'concluded', 'expired', 'released']),
    startsAt: instant.describe("In Finland's offset of the day."),
    endsAt: instant,
    holdExpiresAt: instant.nullable(),
    caseId: z.uuid().nullable(),
    anonymous: z
      .object({ ageBand: z.string(), school: z.string(), concernCategory: z.string(), description: z.string() })
      .nullable(),
    topic: z
      .string()
      .nullable()
      .describe('What a named consultation is about; null where the reader may not see its information class.'),
    experts: z.array(
      z.object({
        expertId: z.uuid(),
        userId: z.string(),
        displayName: z.string(),
        kind: z.enum(expertKinds),
        agency: z.string(),
      }),
    ),
    booker: z.object({ userId: z.string(), displayName: z.string(), agency: z.string() }),
    outcome: z
      .object({
        outcome: z.enum(consultationOutcomes),
        summary: z
          .string()
          .nullable()
          .describe("What the expert said; on a named consultation null where the reader may not see the topic's class."),
        concludedAt: instant,
      })
      .nullable(),
    named: z
      .object({ ground: z.enum(namingGrounds), namedAt: instant })
      .nullable()
      .describe("Booked anonymously, then made one about the case's child: the guardian's consent or the law's duty to notify."),
  })
  .meta({ id: 'Booking' }) satisfies z.ZodType<BookingView>;
