import { z } from 'zod';
import type { IntakeItem } from './intake.domain.js';

export const intakeItemSchema = z
  .object({
    itemId: z.uuid(),
    bookingId: z.uuid(),
    kind: z.enum(['notification', 'referral']),
    consultationType: z.string(),
    receivedAt: z.iso.datetime({ offset: true }),
    notifier: z.object({ userId: z.string(), displayName: z.string(), agency: z.string() }),
    school: z.string().nullable(),
    ageBand: z.string().nullable(),
    concernCategory: z.string().nullable(),
    summary: z.string(),
    caseId: z.uuid().nullable().describe('The case opened from it; null while it waits.'),
  })
  .meta({ id: 'IntakeItem' }) satisfies z.ZodType<IntakeItem>;
