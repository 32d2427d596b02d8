import { assessmentKinds } from '@yhdessa/contracts';
import { z } from 'zod';
import { defaultFrame } from '../frame/frame.domain.js';

export const startAssessmentCommand = z.strictObject({
  kind: z.enum(assessmentKinds),
  /** The frame to assess over; its latest version is the one the assessment keeps. */
  frameKey: z.string().min(1).max(60).default(defaultFrame.key),
  /** Whether an invitee sees the others' views only after submitting their own (on by default). */
  blindUntilSubmitted: z.boolean().default(true),
  invitations: z
    .array(z.strictObject({ userId: z.string().min(1).max(200), dueOn: z.iso.date() }))
    .min(1)
    .max(40),
});
export type StartAssessmentCommand = z.infer<typeof startAssessmentCommand>;
