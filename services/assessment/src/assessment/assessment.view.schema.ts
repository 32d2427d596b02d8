import { z } from 'zod';
import { frameSchema } from '../frame/frame.view.schema.js';
import type { AssessmentView, InvitationView, LedAssessmentView, MyInvitationView } from './assessment.view.js';

const progress = z.enum(['not-started', 'draft', 'submitted']);

export const invitationViewSchema = z
  .object({
    invitationId: z.uuid(),
    userId: z.string(),
    displayName: z.string(),
    agency: z.string(),
    participantKind: z.string(),
    roleInCase: z.string(),
    informationClass: z.string(),
    dueOn: z.iso.date(),
    progress,
    overdue: z.boolean(),
    submittedAt: z.iso.datetime({ offset: true }).nullable(),
    recordedBy: z.object({ userId: z.string(), displayName: z.string(), how: z.string() }).nullable(),
  })
  .meta({ id: 'AssessmentInvitation' }) satisfies z.ZodType<InvitationView>;

export const assessmentViewSchema = z
  .object({
    assessmentId: z.uuid(),
    caseId: z.uuid(),
    kind: z.string(),
    status: z.enum(['open', 'completed']),
    frame: frameSchema,
    blindUntilSubmitted: z.boolean(),
    lead: z.object({ userId: z.string(), displayName: z.string() }),
    startedAt: z.iso.datetime({ offset: true }),
    completedAt: z.iso.datetime({ offset: true }).nullable(),
    invitations: z.array(invitationViewSchema),
    myInvitationId: z.uuid().nullable(),
  })
  .meta({ id: 'Assessment' }) satisfies z.ZodType<AssessmentView>;

export const myInvitationViewSchema = z
  .object({
    invitationId: z.uuid(),
    assessmentId: z.uuid(),
    caseId: z.uuid(),
    kind: z.string(),
    leadName: z.string(),
    dueOn: z.iso.date(),
    progress,
    overdue: z.boolean(),
  })
  .meta({ id: 'MyAssessmentInvitation' }) satisfies z.ZodType<MyInvitationView>;

export const ledAssessmentViewSchema = z
  .object({
    assessmentId: z.uuid(),
    caseId: z.uuid(),
    kind: z.string(),
    startedAt: z.iso.datetime({ offset: true }),
    invited: z.number().int(),
    submitted: z.number().int(),
    overdue: z.number().int(),
    overdueInvitations: z.array(
      z.object({ invitationId: z.uuid(), displayName: z.string(), participantKind: z.string(), dueOn: z.iso.date() }),
    ),
    safetyConcern: z.boolean(),
  })
  .meta({ id: 'LedAssessment' }) satisfies z.ZodType<LedAssessmentView>;
