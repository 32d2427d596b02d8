import { z } from 'zod';

/**
 * The systemic team finalised its minutes for one case (one event per case discussed, keyed by
 * that case). Hypotheses and reflections stay in case-coordination; the decisions travel.
 */
export const meetingMinutesFinalisedV1 = z.object({
  meetingId: z.uuid(),
  teamId: z.uuid(),
  heldOn: z.iso.date(),
  decisions: z.array(
    z.object({
      decisionId: z.uuid(),
      summary: z.string().min(1).max(2_000),
      taskOwnerId: z.string().min(1).nullable(),
      dueOn: z.iso.date().nullable(),
    }),
  ),
  finalisedAt: z.iso.datetime({ offset: true }),
});
export type MeetingMinutesFinalisedV1 = z.infer<typeof meetingMinutesFinalisedV1>;

/** Finalised minutes change only by a visible amendment. */
export const meetingMinutesAmendedV1 = z.object({
  meetingId: z.uuid(),
  amendmentId: z.uuid(),
  text: z.string().min(1).max(4_000),
  amendedAt: z.iso.datetime({ offset: true }),
});
export type MeetingMinutesAmendedV1 = z.infer<typeof meetingMinutesAmendedV1>;
