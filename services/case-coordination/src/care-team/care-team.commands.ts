import { agencySchema, participantKinds } from '@yhdessa/contracts';
import { z } from 'zod';

export const addCareTeamMemberCommand = z
  .strictObject({
    userId: z.string().min(1).max(200),
    displayName: z.string().trim().min(1).max(200),
    agency: agencySchema.exclude(['system']),
    participantKind: z.enum(participantKinds),
    roleInCase: z.string().trim().min(1).max(100),
    since: z.iso.date(),
    until: z.iso.date().nullable().default(null),
  })
  .refine((member) => member.until === null || member.until >= member.since, {
    path: ['until'],
    message: 'must not be before since',
  });
export type AddCareTeamMemberCommand = z.infer<typeof addCareTeamMemberCommand>;

export const removeCareTeamMemberCommand = z.strictObject({
  reason: z.string().trim().max(500).nullable().default(null),
});
export type RemoveCareTeamMemberCommand = z.infer<typeof removeCareTeamMemberCommand>;
