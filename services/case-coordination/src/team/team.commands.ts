import { z } from 'zod';
import { teamRoles } from '../team-record/team-member.entity.js';

/** The realm roles of the people who sit on systemic teams, and of the service managers who oversee them. */
export const teamStaffRoles = ['cp-social-worker', 'systemic-clinician', 'team-coordinator', 'service-manager'] as const;

export const createTeamCommand = z.strictObject({
  name: z.string().trim().min(1).max(200),
});
export type CreateTeamCommand = z.infer<typeof createTeamCommand>;

export const addTeamMemberCommand = z.strictObject({
  userId: z.string().min(1).max(200),
  displayName: z.string().trim().min(1).max(200),
  teamRole: z.enum(teamRoles),
});
export type AddTeamMemberCommand = z.infer<typeof addTeamMemberCommand>;
