import { redactedSchema } from '@yhdessa/access';
import { z } from 'zod';
import type { CaseSummary, CaseView } from './case.view.js';

// What the case routes answer, for the OpenAPI document. `satisfies` and @Returns hold these and
// the views to each other: a field added to one and not the other fails to compile.

const person = z.object({ userId: z.string(), displayName: z.string() });

export const caseViewSchema = z
  .object({
    id: z.uuid(),
    status: z.string().describe('open | closed'),
    statusReason: z.string().nullable(),
    origin: z.string(),
    receivedAt: z.iso.datetime({ offset: true }),
    language: z.string(),
    child: z.object({
      name: z.string().nullable(),
      dateOfBirth: z.iso.date().nullable(),
      personalIdentityCode: z.string().nullable(),
    }),
    guardians: z.array(z.object({ name: z.string(), userId: z.string().nullable() })),
    notification: z.object({
      channel: z.string().nullable(),
      notifierName: z.string().nullable(),
      content: z.string().nullable(),
    }),
    responsibleWorker: person,
    openedAt: z.iso.datetime({ offset: true }),
    closedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'Case' }) satisfies z.ZodType<CaseView>;

export const caseSummarySchema = z
  .object({
    id: z.uuid(),
    status: z.string(),
    origin: z.string(),
    receivedAt: z.iso.datetime({ offset: true }),
    responsibleWorker: person,
    openedAt: z.iso.datetime({ offset: true }),
    childName: z.string().nullable(),
  })
  .meta({ id: 'CaseSummary' }) satisfies z.ZodType<CaseSummary>;

/** A case as its reader may see it: the fields their role, agency and the family's consent allow. */
export const caseForReaderSchema = redactedSchema(caseViewSchema).meta({ id: 'CaseForReader' });
export const caseSummaryForReaderSchema = redactedSchema(caseSummarySchema).meta({ id: 'CaseSummaryForReader' });
