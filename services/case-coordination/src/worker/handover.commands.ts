import { z } from 'zod';

/** A social worker made responsible for a case: by opening it for them, or by handing it over. */
export const responsibleWorkerInput = z.strictObject({
  userId: z.string().min(1).max(200),
  displayName: z.string().trim().min(1).max(200),
});

/** Why a service manager lets a worker's caseload go over the statutory limit. */
export const caseloadOverrideReason = z.string().trim().min(1).max(500);

export const handoverCommand = z.strictObject({
  to: responsibleWorkerInput,
  /** A service manager may let the new worker's caseload go over the statutory limit, with a reason. */
  caseloadOverrideReason: caseloadOverrideReason.optional(),
});
export type HandoverCommand = z.infer<typeof handoverCommand>;
