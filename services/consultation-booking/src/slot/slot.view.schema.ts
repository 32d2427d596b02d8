import { expertKinds } from '@yhdessa/contracts';
import { z } from 'zod';
import type { SlotView } from './slot.view.js';

export const slotViewSchema = z
  .object({
    startsAt: z.iso.datetime({ offset: true }).describe("In Finland's offset of the day (+02:00 or +03:00)."),
    endsAt: z.iso.datetime({ offset: true }),
    experts: z.array(z.object({ expertId: z.uuid(), displayName: z.string(), kind: z.enum(expertKinds) })),
  })
  .meta({ id: 'Slot' }) satisfies z.ZodType<SlotView>;
