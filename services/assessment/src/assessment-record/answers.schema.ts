import { z } from 'zod';
import { SCALE_MAX, SCALE_MIN } from '../frame/frame.domain.js';

export const TEXT_LIMIT = 4000;

/** One domain of one view: a score on the frame's scale (the child's form: one of five faces), strengths, concerns, words. */
export const domainAnswerSchema = z.strictObject({
  score: z.number().int().min(SCALE_MIN).max(SCALE_MAX).nullable().default(null),
  strengths: z.string().max(TEXT_LIMIT).default(''),
  concerns: z.string().max(TEXT_LIMIT).default(''),
  text: z.string().max(TEXT_LIMIT).default(''),
});
export type DomainAnswer = z.infer<typeof domainAnswerSchema>;

/** A view's answers: per domain of the frame, and "what would make things better". */
export const answersSchema = z.strictObject({
  /** The frame version the form was filled in on: it must be the assessment's. */
  frameVersion: z.number().int().min(1),
  domains: z.record(z.string().max(100), domainAnswerSchema),
  betterIf: z.string().max(TEXT_LIMIT).default(''),
});
export type Answers = z.infer<typeof answersSchema>;
