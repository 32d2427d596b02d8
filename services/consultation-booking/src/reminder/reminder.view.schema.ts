import { consultationTypes } from '@yhdessa/contracts';
import { z } from 'zod';

export const reminderViewSchema = z
  .object({
    reminderId: z.uuid(),
    bookingId: z.uuid(),
    consultationType: z.enum(consultationTypes),
    startsAt: z.iso.datetime({ offset: true }),
    endsAt: z.iso.datetime({ offset: true }),
    lead: z.enum(['day-before', 'hour-before']),
    role: z.enum(['booker', 'expert']).describe('Whether the reader booked the consultation or attends it as an expert.'),
  })
  .meta({
    id: 'ConsultationReminder',
    description:
      "A reminder of one of the reader's consultations coming up: its type and time, nothing of the child or the case.",
  });

export type ReminderView = z.output<typeof reminderViewSchema>;
