import { assessmentNeedV1 } from '@yhdessa/contracts';
import { z } from 'zod';
import { addendumViewSchema, answersViewSchema } from '../contribution/contribution.view.schema.js';
import type { CompletedAssessmentView, FamilyCopyView, MatrixView } from './synthesis.view.js';

const disagreementSchema = z.object({
  scored: z.number().int(),
  lowest: z.number().int().nullable(),
  highest: z.number().int().nullable(),
  spread: z.number().int(),
  opposite: z.boolean().describe('Opposite views (a spread of 3 or more, e.g. 2 against 5): the synthesis must keep them.'),
  low: z.array(z.uuid()),
  high: z.array(z.uuid()),
});

const storedSynthesisSchema = z
  .object({
    domains: z.array(
      z.object({
        domain: z.string(),
        agreements: z.string(),
        disagreements: z.array(z.object({ text: z.string(), views: z.array(z.uuid()) })),
        childView: z.string(),
      }),
    ),
    overall: z.string(),
    familySummary: z.string(),
    needs: z.array(assessmentNeedV1),
  })
  .meta({ id: 'AssessmentSynthesis' });

export const matrixViewSchema = z
  .object({
    assessmentId: z.uuid(),
    status: z.enum(['open', 'completed']),
    frameVersion: z.number().int(),
    domains: z.array(z.object({ domain: z.string(), disagreement: disagreementSchema })),
    views: z.array(
      z.object({
        invitationId: z.uuid(),
        displayName: z.string(),
        agency: z.string(),
        participantKind: z.string(),
        roleInCase: z.string(),
        informationClass: z.string(),
        submittedAt: z.iso.datetime({ offset: true }),
        recordedBy: z.object({ userId: z.string(), displayName: z.string(), how: z.string() }).nullable(),
        answers: answersViewSchema,
        addenda: z.array(addendumViewSchema),
      }),
    ),
    synthesis: z.object({ version: z.number().int(), draft: storedSynthesisSchema.nullable() }).nullable(),
  })
  .meta({ id: 'AssessmentMatrix' }) satisfies z.ZodType<MatrixView>;

export const synthesisSavedSchema = z
  .object({ version: z.number().int(), draft: storedSynthesisSchema })
  .meta({ id: 'AssessmentSynthesisSaved' });

export const completedAssessmentSchema = z
  .object({ assessmentId: z.uuid(), completedAt: z.iso.datetime({ offset: true }), needs: z.array(assessmentNeedV1) })
  .meta({ id: 'CompletedAssessment' }) satisfies z.ZodType<CompletedAssessmentView>;

export const familyCopySchema = z
  .object({
    assessmentId: z.uuid(),
    completedAt: z.iso.datetime({ offset: true }),
    familySummary: z.string(),
    childView: z.array(z.object({ domain: z.string(), text: z.string() })),
    needs: z.array(z.object({ text: z.string(), domains: z.array(z.string()) })),
  })
  .meta({ id: 'AssessmentFamilyCopy' }) satisfies z.ZodType<FamilyCopyView>;
