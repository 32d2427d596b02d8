import { z } from 'zod';

export const livenessSchema = z.object({ status: z.literal('up') }).meta({ id: 'Liveness' });

const checkResult = z.discriminatedUnion('status', [
  z.object({ status: z.literal('up') }),
  z.object({ status: z.literal('down'), error: z.string() }),
]);

/** 200 when every server answers, 503 with the same body naming the one that does not. */
export const readinessSchema = z
  .object({
    status: z.enum(['up', 'down']),
    checks: z.record(z.string(), checkResult).describe('postgres, kafka, redis: whichever the service uses'),
  })
  .meta({ id: 'Readiness' });
export type Readiness = z.infer<typeof readinessSchema>;
