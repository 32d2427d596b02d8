import { redactedSchema } from '@yhdessa/access';
import { agencySchema, participantKinds } from '@yhdessa/contracts';
import { z } from 'zod';
import type { CareTeamMemberView } from './care-team.view.js';

export const careTeamMemberViewSchema = z
  .object({
    memberId: z.uuid(),
    caseId: z.uuid(),
    userId: z.string(),
    displayName: z.string(),
    agency: z.string().describe(agencySchema.options.join(' | ')),
    participantKind: z.string().describe(participantKinds.join(' | ')),
    roleInCase: z.string(),
    since: z.iso.date(),
    until: z.iso.date().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'CareTeamMember' }) satisfies z.ZodType<CareTeamMemberView>;

export const careTeamMemberForReaderSchema = redactedSchema(careTeamMemberViewSchema).meta({ id: 'CareTeamMemberForReader' });
