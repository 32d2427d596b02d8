import { redactedSchema } from '@yhdessa/access';
import { z } from 'zod';
import { teamRoles } from '../team-record/team-member.entity.js';
import type { TeamCaseView, TeamMemberView, TeamView } from './team.view.js';

export const teamMemberViewSchema = z
  .object({
    memberId: z.uuid(),
    userId: z.string(),
    displayName: z.string(),
    teamRole: z.enum(teamRoles),
    joinedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'TeamMember' }) satisfies z.ZodType<TeamMemberView>;

export const teamViewSchema = z
  .object({ id: z.uuid(), name: z.string(), createdAt: z.iso.datetime({ offset: true }), members: z.array(teamMemberViewSchema) })
  .meta({ id: 'Team' }) satisfies z.ZodType<TeamView>;

export const teamCaseViewSchema = z
  .object({
    caseId: z.uuid(),
    responsibleWorker: z.object({ userId: z.string(), displayName: z.string() }),
    openedAt: z.iso.datetime({ offset: true }),
    nearestDeadline: z.iso.date().nullable(),
  })
  .meta({ id: 'TeamCase' }) satisfies z.ZodType<TeamCaseView>;

export const teamCaseForReaderSchema = redactedSchema(teamCaseViewSchema).meta({ id: 'TeamCaseForReader' });
