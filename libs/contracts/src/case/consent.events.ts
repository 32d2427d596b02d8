import { z } from 'zod';
import { agencySchema } from '../actor.js';

export const consentGiverRoles = ['guardian', 'young-person'] as const;
export const consentMethods = ['written', 'verbal', 'electronic'] as const;

/**
 * A guardian, or a young person of 15 or over, lets one agency see one class of information. Who
 * gave it travels as a role and a user id only: the giver's name is client data and stays with the
 * case in case-coordination, where the care team reads it (every consuming service gets this event,
 * whether or not it is on the child's care team). Older events that still carry `name` parse, and it
 * is dropped.
 */
export const consentGivenV1 = z.object({
  consentId: z.uuid(),
  givenBy: z.object({ role: z.enum(consentGiverRoles), userId: z.string().min(1).nullable() }),
  method: z.enum(consentMethods),
  informationClass: z.enum(['health', 'school', 'child-protection']),
  toAgency: agencySchema.exclude(['system', 'family']),
  validFrom: z.iso.date(),
  validUntil: z.iso.date(),
  givenAt: z.iso.datetime({ offset: true }),
});
export type ConsentGivenV1 = z.infer<typeof consentGivenV1>;

/** Withdrawal takes effect at once, everywhere. Who withdrew it travels as a role only (see above). */
export const consentWithdrawnV1 = z.object({
  consentId: z.uuid(),
  withdrawnBy: z.object({ role: z.enum(consentGiverRoles) }),
  withdrawnAt: z.iso.datetime({ offset: true }),
});
export type ConsentWithdrawnV1 = z.infer<typeof consentWithdrawnV1>;
