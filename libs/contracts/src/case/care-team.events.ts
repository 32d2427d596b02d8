import { z } from 'zod';
import { agencySchema } from '../actor.js';

export const participantKinds = ['professional', 'child', 'guardian', 'foster-carer'] as const;

export const careTeamMemberAddedV1 = z.object({
  memberId: z.uuid(),
  userId: z.string().min(1),
  displayName: z.string().min(1).max(200),
  agency: agencySchema,
  participantKind: z.enum(participantKinds),
  roleInCase: z.string().min(1).max(100),
  since: z.iso.date(),
  until: z.iso.date().nullable(),
});
export type CareTeamMemberAddedV1 = z.infer<typeof careTeamMemberAddedV1>;

export const careTeamMemberRemovedV1 = z.object({
  memberId: z.uuid(),
  userId: z.string().min(1),
  agency: agencySchema,
  until: z.iso.date(),
  reason: z.string().max(500).nullable(),
});
export type CareTeamMemberRemovedV1 = z.infer<typeof careTeamMemberRemovedV1>;
