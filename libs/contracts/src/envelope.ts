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
  payload: z.unknown(),
});

export type Envelope<P = unknown> = Omit<z.infer<typeof envelopeSchema>, 'payload'> & { payload: P };
