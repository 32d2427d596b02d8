import { consentGivenV1 } from '@yhdessa/contracts';
import { z } from 'zod';

/** The person a social worker records a consent or a withdrawal from: a guardian by name, or the young person. */
export const namedGiver = z.discriminatedUnion('role', [
  z.strictObject({
    role: z.literal('guardian'),
    name: z.string().trim().min(1).max(200),
    userId: z.string().min(1).max(200).nullable().default(null),
  }),
  z.strictObject({ role: z.literal('young-person') }),
]);
export type NamedGiver = z.infer<typeof namedGiver>;

export const giveConsentCommand = z
  .strictObject({
    informationClass: consentGivenV1.shape.informationClass,
    toAgency: consentGivenV1.shape.toAgency,
    validFrom: z.iso.date(),
    validUntil: z.iso.date(),
    /** Only when a social worker records a consent given on paper or by word of mouth; absent, the caller gives their own. */
    givenBy: namedGiver.optional(),
    method: z.enum(['written', 'verbal']).optional(),
  })
  .refine((command) => (command.givenBy === undefined) === (command.method === undefined), {
    path: ['method'],
    message: 'give the method exactly when recording a consent given by someone else',
  });
export type GiveConsentCommand = z.infer<typeof giveConsentCommand>;

export const withdrawConsentCommand = z.strictObject({
  /** Only when a social worker records a withdrawal said or written to them; absent, the caller withdraws. */
  withdrawnBy: namedGiver.optional(),
});
export type WithdrawConsentCommand = z.infer<typeof withdrawConsentCommand>;
