import { redactedSchema } from '@yhdessa/access';
import { z } from 'zod';
import type { ConsentView } from './consent.view.js';

export const consentViewSchema = z
  .object({
    consentId: z.uuid(),
    caseId: z.uuid(),
    informationClass: z.string(),
    toAgency: z.string(),
    validFrom: z.iso.date(),
    validUntil: z.iso.date(),
    givenBy: z.object({ name: z.string(), role: z.string(), userId: z.string().nullable() }),
    method: z.string(),
    givenAt: z.iso.datetime({ offset: true }),
    recordedBy: z.object({ userId: z.string(), displayName: z.string() }),
    withdrawn: z
      .object({ at: z.iso.datetime({ offset: true }), by: z.object({ name: z.string(), role: z.string() }) })
      .nullable(),
    inForce: z.boolean().describe('Whether it applies today.'),
  })
  .meta({ id: 'Consent' }) satisfies z.ZodType<ConsentView>;

export const consentForReaderSchema = redactedSchema(consentViewSchema).meta({ id: 'ConsentForReader' });
