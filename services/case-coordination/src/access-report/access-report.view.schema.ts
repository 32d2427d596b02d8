import { agencySchema, auditActions, auditPurposes, informationClassSchema, roleSchema } from '@yhdessa/contracts';
import { z } from 'zod';
import type { AccessReportEntry, AccessReportPage } from './access-report.view.js';

export const accessReportEntrySchema = z
  .object({
    recordId: z.uuid(),
    accessedAt: z.iso.datetime({ offset: true }),
    service: z.string(),
    actor: z.object({ userId: z.string(), displayName: z.string().nullable(), agency: agencySchema, role: roleSchema }),
    action: z.enum(auditActions),
    informationClass: informationClassSchema,
    resource: z.string(),
    purpose: z.enum(auditPurposes),
    disclosedToAgency: agencySchema.nullable(),
  })
  .meta({ id: 'AccessReportEntry' }) satisfies z.ZodType<AccessReportEntry>;

/** Newest first, a page at a time. */
export const accessReportPageSchema = z
  .object({ entries: z.array(accessReportEntrySchema), nextBefore: z.uuid().nullable() })
  .meta({ id: 'AccessReportPage' }) satisfies z.ZodType<AccessReportPage>;
