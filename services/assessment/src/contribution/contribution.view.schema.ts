import { z } from 'zod';
import type { AddendumView, ContributionView } from './contribution.view.js';

const domainAnswer = z.object({
  score: z.number().int().nullable(),
  strengths: z.string(),
  concerns: z.string(),
  text: z.string(),
});

export const answersViewSchema = z
  .object({ frameVersion: z.number().int(), domains: z.record(z.string(), domainAnswer), betterIf: z.string() })
  .meta({ id: 'AssessmentAnswers' });

export const addendumViewSchema = z
  .object({
    addendumId: z.uuid(),
    text: z.string(),
    addedAt: z.iso.datetime({ offset: true }),
    addedBy: z.object({ userId: z.string(), displayName: z.string() }),
  })
  .meta({ id: 'AssessmentAddendum' }) satisfies z.ZodType<AddendumView>;

export const contributionViewSchema = z
  .object({
    invitationId: z.uuid(),
    assessmentId: z.uuid(),
    participantKind: z.string(),
    informationClass: z.string(),
    dueOn: z.iso.date(),
    answers: answersViewSchema.nullable(),
    version: z.number().int(),
    savedAt: z.iso.datetime({ offset: true }).nullable(),
    submittedAt: z.iso.datetime({ offset: true }).nullable(),
    recordedBy: z.object({ userId: z.string(), displayName: z.string(), how: z.string() }).nullable(),
    addenda: z.array(addendumViewSchema),
  })
  .meta({ id: 'AssessmentContribution' }) satisfies z.ZodType<ContributionView>;
