import { redactedSchema } from '@yhdessa/access';
import { agencySchema, participantKinds } from '@yhdessa/contracts';
import { z } from 'zod';
import { responsibleWorkerRole, type CareTeamMemberView } from './care-team.view.js';

export const careTeamMemberViewSchema = z
  .object({
    memberId: z.uuid(),
    caseId: z.uuid(),
    userId: z.string(),
    displayName: z.string(),
    agency: z.string().describe(agencySchema.options.join(' | ')),
    participantKind: z.string().describe(participantKinds.join(' | ')),
    roleInCase: z
      .string()
      .describe(
        `What the member does in the case, as the person adding them wrote it; for the responsible social worker the service puts on the care team, the code \`${responsibleWorkerRole}\`, which the reader's app words.`,
      ),
    since: z.iso.date(),
    until: z.iso.date().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'CareTeamMember' }) satisfies z.ZodType<CareTeamMemberView>;

export const careTeamMemberForReaderSchema = redactedSchema(careTeamMemberViewSchema).meta({ id: 'CareTeamMemberForReader' });
