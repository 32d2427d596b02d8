import { z } from 'zod';

const text = (max: number) => z.string().max(max).default('');

export const synthesisDraftSchema = z.strictObject({
  domains: z
    .array(
      z.strictObject({
        domain: z.string().min(1).max(100),
        agreements: text(4000),
        /** Kept and attributed, never smoothed away: each names the views it stands between. */
        disagreements: z
          .array(z.strictObject({ text: z.string().trim().min(1).max(4000), views: z.array(z.uuid()).min(2).max(50) }))
          .max(20)
          .default([]),
        childView: text(4000),
      }),
    )
    .max(30)
    .default([]),
  overall: text(8000),
  /** The same in plain language, for the guardians and the young person. */
  familySummary: text(8000),
  needs: z
    .array(
      z.strictObject({
        text: z.string().trim().min(1).max(2000),
        domains: z.array(z.string().min(1).max(100)).min(1).max(30),
        fromInvitations: z.array(z.uuid()).min(1).max(50),
      }),
    )
    .max(50)
    .default([]),
});
export type SynthesisDraft = z.infer<typeof synthesisDraftSchema>;
