import { z } from 'zod';

/** The responsible social worker puts the draft to its parties, at once (parallel) or one after another in the listed order. */
export const openSignOffCommand = z.strictObject({ ordered: z.boolean().default(false) });
export type OpenSignOffCommand = z.infer<typeof openSignOffCommand>;

/** A party's answer, binding the hash of the content they read; a decline needs a reason. */
export const answerSignOffCommand = z
  .strictObject({
    answer: z.enum(['sign', 'comment', 'decline']),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected the SHA-256 of the content, in lowercase hex'),
    remark: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((command) => command.answer !== 'decline' || command.remark !== undefined, {
    path: ['remark'],
    message: 'Say why you decline.',
  })
  .refine((command) => command.answer !== 'comment' || command.remark !== undefined, {
    path: ['remark'],
    message: 'Write the comment.',
  });
export type AnswerSignOffCommand = z.infer<typeof answerSignOffCommand>;
