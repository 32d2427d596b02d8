import { z } from 'zod';
import { agencySchema } from '../actor.js';
import { informationClassSchema } from '../information-class.js';

const kebab = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const auditActions = ['read', 'disclose'] as const;
/** `read`: client data was shown to someone. `disclose`: it was handed to another agency. */
export type AuditAction = (typeof auditActions)[number];

/**
 * Why client data was processed: the "why" a guardian or young person is told when they ask who has
 * processed the child's data (Act on client data 703/2023). One list for every service, so the
 * access log reads the same whichever service wrote it.
 */
export const auditPurposes = [
  /** Work on the child's case by the care team: assessment, plan, meetings, actions. */
  'care-team-work',
  /** An expert consultation (school, psychiatry liaison) about the child. */
  'consultation',
  /** Caseloads, deadlines and figures for team leads and service managers. */
  'statistics',
  /** Answering a guardian's or young person's request to see the data or the access log. */
  'guardian-access-request',
  /** A disclosure or read that the law requires (a notification, a court, the police). */
  'legal-obligation',
] as const;
export type AuditPurpose = (typeof auditPurposes)[number];

/**
 * One record of a service's audit log about a case: who (the envelope's `actor`, and the name they
 * were shown by), when, what (information class and resource), why (purpose), and, for a
 * disclosure, to which agency. Only what the record says: never the data that was read.
 */
export const accessRecordedV1 = z.object({
  /** The audit record's id in its service's log: the same record published twice has the same id. */
  recordId: z.uuid(),
  /** The service whose log holds the record. */
  service: z.string().regex(kebab),
  /** The actor's name as their sign-in gave it at the time; null when the record was written without one. */
  actorDisplayName: z.string().min(1).max(200).nullable(),
  accessedAt: z.iso.datetime({ offset: true }),
  action: z.enum(auditActions),
  /** What was read or disclosed, in kebab-case: `case`, `case-timeline`, `plan`, … */
  resource: z.string().regex(kebab),
  informationClass: informationClassSchema,
  purpose: z.enum(auditPurposes),
  /** The receiving agency of a disclosure; null for a read. */
  disclosedToAgency: agencySchema.nullable(),
});
export type AccessRecordedV1 = z.infer<typeof accessRecordedV1>;
