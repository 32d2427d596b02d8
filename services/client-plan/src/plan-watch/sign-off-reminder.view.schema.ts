import { z } from 'zod';

/** A reminder to answer a plan version out for signing: which case and version, until when; no content. */
export const signOffReminderViewSchema = z
  .object({
    caseId: z.uuid(),
    version: z.number().int().min(1),
    round: z.number().int().min(1),
    expiresAt: z.iso.datetime({ offset: true }),
    remindedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'SignOffReminder' });
export type SignOffReminderView = z.infer<typeof signOffReminderViewSchema>;
