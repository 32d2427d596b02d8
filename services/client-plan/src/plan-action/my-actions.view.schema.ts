import { planActionStatuses } from '@yhdessa/contracts';
import { z } from 'zod';
import { actionAgencies } from '../plan-record/plan-content.schema.js';
import type { MyActionView } from './my-actions.service.js';

export const myActionViewSchema = z
  .object({
    caseId: z.uuid(),
    version: z.number().int().describe('The version in force the action is of.'),
    actionId: z.string(),
    what: z.string(),
    agency: z.enum(actionAgencies),
    responsible: z.object({ userId: z.string(), name: z.string() }),
    start: z.iso.date(),
    due: z.iso.date(),
    mine: z.enum(['person', 'agency']).describe('Whether the reader is the person responsible, or of the responsible agency.'),
    status: z.enum(planActionStatuses),
    note: z.string().nullable(),
    updatedAt: z.iso.datetime({ offset: true }).nullable(),
    updatedBy: z.string().nullable(),
    overdue: z.boolean().describe('Not done nor cancelled, and past its due date.'),
  })
  .meta({ id: 'MyPlanAction' }) satisfies z.ZodType<MyActionView>;
