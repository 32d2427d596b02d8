import { agencySchema, planActionStatuses } from '@yhdessa/contracts';
import { z } from 'zod';
import { planContentSchema } from './plan-content.schema.js';
import { planVersionStatuses } from './plan-version.entity.js';
import type { PlanVersionDetailView, PlanView, PlanVersionView } from './plan.view.js';

const instant = z.iso.datetime({ offset: true });

export const answerViewSchema = z
  .object({
    round: z.number().int(),
    userId: z.string(),
    displayName: z.string(),
    agency: agencySchema,
    decision: z.enum(['signed', 'commented', 'declined']),
    contentHash: z.string(),
    remark: z.string().nullable(),
    at: instant,
  })
  .meta({ id: 'PlanAnswer' });

const versionShape = {
  version: z.number().int(),
  status: z.enum(planVersionStatuses),
  revision: z.number().int(),
  contentHash: z.string().describe('SHA-256 of the canonical content (RFC 8785): what a signature binds.'),
  signedContentHash: z.string().nullable(),
  content: planContentSchema,
  hiddenActions: z.number().int(),
  signedOffAt: instant.nullable(),
  round: z
    .object({
      number: z.number().int(),
      ordered: z.boolean(),
      expiresAt: instant.nullable(),
      signatories: z.array(
        z.object({
          userId: z.string(),
          displayName: z.string(),
          agency: agencySchema,
          part: z.enum(['signs', 'comments']),
          ground: z.enum(['responsible-worker', 'agency-actions', 'guardian', 'foster-carer', 'young-person', 'child']),
          position: z.number().int(),
          answer: answerViewSchema.nullable(),
        }),
      ),
    })
    .nullable(),
  signatureRecord: z.array(answerViewSchema),
};

export const planVersionViewSchema = z.object(versionShape).meta({ id: 'PlanVersion' }) satisfies z.ZodType<PlanVersionView>;

export const planViewSchema = z
  .object({
    planId: z.uuid(),
    caseId: z.uuid(),
    childDateOfBirth: z.iso.date().nullable(),
    inForce: planVersionViewSchema.nullable(),
    open: planVersionViewSchema.nullable(),
    actions: z.array(
      z.object({
        actionId: z.string(),
        status: z.enum(planActionStatuses),
        note: z.string().nullable(),
        updatedAt: instant.nullable(),
        updatedBy: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Plan' }) satisfies z.ZodType<PlanView>;

export const planVersionDetailViewSchema = z
  .object({
    ...versionShape,
    revisions: z.array(
      z.object({
        revision: z.number().int(),
        contentHash: z.string(),
        substantive: z.boolean(),
        author: z.object({ userId: z.string(), name: z.string() }),
        savedAt: instant,
      }),
    ),
  })
  .meta({ id: 'PlanVersionDetail' }) satisfies z.ZodType<PlanVersionDetailView>;
