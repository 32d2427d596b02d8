import { z } from 'zod';

/** The kinds of consultation the booking service offers (each type's rules are the service's settings). */
export const consultationTypes = ['school-child-protection', 'psychiatry-liaison', 'systemic-team'] as const;
export type ConsultationType = (typeof consultationTypes)[number];

/** What an expert is, which with their agency is the pool a consultation type draws from. */
export const expertKinds = [
  'child-protection-consultant',
  'special-needs-teacher',
  'liaison-nurse',
  'liaison-clinician',
  'systemic-clinician',
] as const;
export type ExpertKind = (typeof expertKinds)[number];

/** What a consultation ended with. */
export const consultationOutcomes = ['advice', 'notification', 'referral'] as const;
export type ConsultationOutcome = (typeof consultationOutcomes)[number];

/** Who changed a booking: the one who booked it or an expert attending it. */
export const bookingChangers = ['booker', 'expert'] as const;

const expert = z.object({ expertId: z.uuid(), userId: z.string().min(1), kind: z.enum(expertKinds) });
const instant = z.iso.datetime({ offset: true });

/**
 * A consultation was booked. An anonymous one carries no child data at all (its key is the
 * consultation's own id, not a case's); a named one is keyed by its case.
 */
export const consultationBookedV1 = z.object({
  bookingId: z.uuid(),
  consultationType: z.enum(consultationTypes),
  anonymous: z.boolean(),
  startsAt: instant,
  endsAt: instant,
  experts: z.array(expert).min(1),
});
export type ConsultationBookedV1 = z.infer<typeof consultationBookedV1>;

/** A booking moved to another time (the reason stays with the booking service). */
export const consultationRescheduledV1 = z.object({
  bookingId: z.uuid(),
  by: z.enum(bookingChangers),
  from: z.object({ startsAt: instant, endsAt: instant }),
  to: z.object({ startsAt: instant, endsAt: instant }),
});
export type ConsultationRescheduledV1 = z.infer<typeof consultationRescheduledV1>;

/** A booking was cancelled (its time is free again) or marked as not attended. */
export const consultationCancelledV1 = z.object({
  bookingId: z.uuid(),
  by: z.enum(bookingChangers),
  kind: z.enum(['cancelled', 'no-show']),
  startsAt: instant,
});
export type ConsultationCancelledV1 = z.infer<typeof consultationCancelledV1>;

/**
 * An expert recorded what the consultation ended with. A notification or referral goes to child
 * protection's intake with what the school told: the booker (who will notify), the school, the
 * child's age band and the concern, and the expert's summary for the notification; never the
 * child's identity.
 */
export const consultationConcludedV1 = z.object({
  bookingId: z.uuid(),
  consultationType: z.enum(consultationTypes),
  anonymous: z.boolean(),
  outcome: z.enum(consultationOutcomes),
  concludedAt: instant,
  referral: z
    .object({
      notifier: z.object({ userId: z.string().min(1), displayName: z.string().min(1).max(200), agency: z.string().min(1) }),
      school: z.string().min(1).max(200).nullable(),
      ageBand: z.string().min(1).max(20).nullable(),
      concernCategory: z.string().min(1).max(50).nullable(),
      summary: z.string().min(1).max(2000),
    })
    .nullable(),
});
export type ConsultationConcludedV1 = z.infer<typeof consultationConcludedV1>;

/** Why an anonymous consultation may become one about a named child: the guardian's consent, or the law's duty to notify. */
export const namingGrounds = ['guardian-consent', 'notification-required'] as const;
export type NamingGround = (typeof namingGrounds)[number];

/**
 * An anonymous consultation became one about the child of a case, on one of the two grounds that allow
 * it; keyed by the case. Its earlier events stay keyed by the consultation and carry no child data.
 */
export const consultationNamedV1 = z.object({
  bookingId: z.uuid(),
  consultationType: z.enum(consultationTypes),
  ground: z.enum(namingGrounds),
  namedBy: z.object({ userId: z.string().min(1), agency: z.string().min(1) }),
  namedAt: instant,
});
export type ConsultationNamedV1 = z.infer<typeof consultationNamedV1>;
