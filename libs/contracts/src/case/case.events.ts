import { z } from 'zod';

/** How the matter arrived, in CaseOpened.v1. */
export const caseOriginsV1 = ['child-welfare-notification', 'consultation-referral', 'application'] as const;

/** How the matter arrived; from CaseOpened.v2 on, a young adult's aftercare (to 25) is an origin of its own. */
export const caseOrigins = [...caseOriginsV1, 'aftercare'] as const;
export type CaseOrigin = (typeof caseOrigins)[number];

/** A service manager's decision to let a worker's caseload go over the statutory limit, and why. */
export const caseloadOverrideSchema = z.object({ byUserId: z.string().min(1), reason: z.string().min(1).max(500) });

const responsibleWorker = z.object({ userId: z.string().min(1), displayName: z.string().min(1).max(200) });

export const caseOpenedV1 = z.object({
  origin: z.enum(caseOriginsV1),
  receivedAt: z.iso.datetime({ offset: true }),
  responsibleWorker,
  language: z.enum(['fi', 'sv', 'other']),
});
export type CaseOpenedV1 = z.infer<typeof caseOpenedV1>;

/** v2: the aftercare origin, and the caseload override when the responsible worker was at the limit. */
export const caseOpenedV2 = z.object({
  origin: z.enum(caseOrigins),
  receivedAt: z.iso.datetime({ offset: true }),
  responsibleWorker,
  language: z.enum(['fi', 'sv', 'other']),
  caseloadOverride: caseloadOverrideSchema.nullable(),
});
export type CaseOpenedV2 = z.infer<typeof caseOpenedV2>;
