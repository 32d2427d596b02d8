import { z } from 'zod';

export const agencies = ['child-protection', 'psychiatry', 'school', 'family', 'system'] as const;
export const agencySchema = z.enum(agencies);
export type Agency = z.infer<typeof agencySchema>;

/** Realm roles, as the identity provider names them. */
export const roles = [
  'cp-social-worker',
  'systemic-clinician',
  'team-coordinator',
  'service-manager',
  'psychiatry-clinician',
  'liaison-nurse',
  'teacher',
  'special-needs-teacher',
  'school-social-worker',
  'guardian',
  'foster-carer',
  'child',
  'system',
] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Who did something: the envelope's `actor`, and the caller of every command. */
export const actorSchema = z.object({
  userId: z.string().min(1),
  agency: agencySchema,
  role: roleSchema,
});
export type Actor = z.infer<typeof actorSchema>;

export const systemActor = (service: string): Actor => ({ userId: `service:${service}`, agency: 'system', role: 'system' });
