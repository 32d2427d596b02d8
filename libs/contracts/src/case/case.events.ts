import { z } from 'zod';

export const caseOrigins = ['child-welfare-notification', 'consultation-referral', 'application'] as const;

export const caseOpenedV1 = z.object({
  origin: z.enum(caseOrigins),
  receivedAt: z.iso.datetime({ offset: true }),
  responsibleWorker: z.object({ userId: z.string().min(1), displayName: z.string().min(1).max(200) }),
  language: z.enum(['fi', 'sv', 'other']),
});
export type CaseOpenedV1 = z.infer<typeof caseOpenedV1>;
