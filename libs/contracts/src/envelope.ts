import { z } from 'zod';
import { actorSchema } from './actor.js';

const uuid = z.uuid();

/** The one envelope every event travels in. `caseId` is the Kafka key: order is kept per case. */
export const envelopeSchema = z.object({
  id: z.uuidv7(),
  type: z.string().regex(/^[A-Z][A-Za-z]+$/),
  version: z.number().int().min(1),
  occurredAt: z.iso.datetime({ offset: true }),
  caseId: uuid,
  actor: actorSchema,
  correlationId: z.string().min(1).max(128),
  causationId: z.string().min(1).max(128).nullable(),
  sequence: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe(
      "The event's place among the events its publisher wrote for this case on this topic: 1, 2, 3 … in commit order, " +
        'with no gaps. A consumer that has handled n expects n + 1 next (a redelivery repeats a number it has seen). ' +
        'Absent on events published before sequences existed.',
    ),
  payload: z.unknown(),
});

export type Envelope<P = unknown> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & { payload: P };
