import { z } from 'zod';
import type { TeamCaseloadView, WorkerCaseload } from './caseload.view.js';

export const workerCaseloadSchema = z
  .object({ userId: z.string(), openCases: z.number().int(), limit: z.number().int(), overLimit: z.boolean() })
  .meta({ id: 'WorkerCaseload' }) satisfies z.ZodType<WorkerCaseload>;

/** Counts only: no client details. */
export const teamCaseloadSchema = z
  .object({
    workers: z.number().int(),
    total: z.number().int(),
    limit: z.number().int(),
    atLimit: z.array(z.string()).describe('Social workers at the limit: they take no new child client without an override.'),
    overLimit: z.array(z.string()),
    byWorker: z.array(z.object({ userId: z.string(), openCases: z.number().int() })),
  })
  .meta({ id: 'TeamCaseload' }) satisfies z.ZodType<TeamCaseloadView>;
