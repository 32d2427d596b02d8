import { caseOrigins } from '@yhdessa/contracts';
import { z } from 'zod';
import { caseloadOverrideReason, responsibleWorkerInput } from '../worker/handover.commands.js';

export const notifierChannels = [
  'school',
  'health-care',
  'police',
  'early-childhood-education',
  'social-services',
  'family',
  'anonymous',
  'other',
] as const;

const child = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    /** Finnish personal identity code; checked by its check character. Absent for a child without one. */
    personalIdentityCode: z.string().trim().toUpperCase().optional(),
    dateOfBirth: z.iso.date().optional(),
  })
  .refine((value) => value.personalIdentityCode !== undefined || value.dateOfBirth !== undefined, {
    message: 'give the personal identity code or, without one, the date of birth',
    path: ['personalIdentityCode'],
  });

export const openCaseCommand = z.strictObject({
  origin: z.enum(caseOrigins),
  receivedAt: z.iso.datetime({ offset: true }),
  language: z.enum(['fi', 'sv', 'other']),
  child,
  guardians: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(200), userId: z.string().min(1).nullable().default(null) }))
    .max(4)
    .default([]),
  notification: z.strictObject({
    channel: z.enum(notifierChannels),
    notifierName: z.string().trim().max(200).nullable().default(null),
    content: z.string().trim().min(1).max(10_000),
  }),
  /** Another social worker made responsible (an intake worker registering for a colleague); by default the caller. */
  responsibleWorker: responsibleWorkerInput.optional(),
  /** A service manager may let the responsible worker's caseload go over the statutory limit, with a reason. */
  caseloadOverrideReason: caseloadOverrideReason.optional(),
});
export type OpenCaseCommand = z.infer<typeof openCaseCommand>;

export const changeCaseStatusCommand = z.strictObject({ reason: z.string().trim().min(1).max(500) });
export type ChangeCaseStatusCommand = z.infer<typeof changeCaseStatusCommand>;

/** Reopening gives the responsible worker a child client again: over the limit only by a service manager's override. */
export const reopenCaseCommand = changeCaseStatusCommand.extend({ caseloadOverrideReason: caseloadOverrideReason.optional() });
export type ReopenCaseCommand = z.infer<typeof reopenCaseCommand>;

export const listCasesQuery = z.strictObject({
  status: z.enum(['open', 'closed']).default('open'),
  /** Part of the child's name. */
  q: z.string().trim().min(2).max(100).optional(),
});
export type ListCasesQuery = z.infer<typeof listCasesQuery>;
