import { z } from 'zod';
import { caseloadOverrideSchema } from './case.events.js';

const person = z.object({ userId: z.string().min(1), displayName: z.string().min(1).max(200) });

export const caseClosedV1 = z.object({ reason: z.string().min(1).max(500), closedAt: z.iso.datetime({ offset: true }) });
export type CaseClosedV1 = z.infer<typeof caseClosedV1>;

export const caseReopenedV1 = z.object({
  reason: z.string().min(1).max(500),
  reopenedAt: z.iso.datetime({ offset: true }),
  /** Present (added later, so optional) when a service manager let the worker's caseload go over the limit. */
  caseloadOverride: caseloadOverrideSchema.nullable().optional(),
});
export type CaseReopenedV1 = z.infer<typeof caseReopenedV1>;

export const responsibleWorkerChangedV1 = z.object({
  from: person,
  to: person,
  /** Present when a service manager let the caseload go over the statutory limit. */
  caseloadOverride: caseloadOverrideSchema.nullable(),
  changedAt: z.iso.datetime({ offset: true }),
});
export type ResponsibleWorkerChangedV1 = z.infer<typeof responsibleWorkerChangedV1>;

export const serviceNeedsAssessmentDecidedV1 = z.object({
  decision: z.enum(['start', 'no-start']),
  decidedAt: z.iso.datetime({ offset: true }),
});
export type ServiceNeedsAssessmentDecidedV1 = z.infer<typeof serviceNeedsAssessmentDecidedV1>;

export const deadlineKinds = ['assessment-start-decision', 'service-needs-assessment', 'client-plan-review'] as const;

export const deadlineOverdueV1 = z.object({
  deadlineId: z.uuid(),
  kind: z.enum(deadlineKinds),
  dueOn: z.iso.date(),
  responsibleWorkerId: z.string().min(1),
});
export type DeadlineOverdueV1 = z.infer<typeof deadlineOverdueV1>;
