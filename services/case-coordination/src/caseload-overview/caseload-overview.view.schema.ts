import { deadlineKinds } from '@yhdessa/contracts';
import { z } from 'zod';
import type { CaseloadOverview } from './caseload-overview.domain.js';

const count = z.number().int().min(0);
const standing = z
  .enum(['under', 'at', 'over'])
  .describe('Against the statutory limit (LSL 13 b §): `at` takes no new child client without a service manager’s override.');

/** Counts only: the workers and teams by name, never a child, a case or an identity. */
export const caseloadOverviewSchema = z
  .object({
    on: z.iso.date().describe("The day the figures are for, in Finland's time."),
    limit: count.describe('Child clients per responsible social worker on that day.'),
    totals: z.object({
      workers: count,
      openCases: count,
      atLimit: count,
      overLimit: count,
      overdueDeadlines: count,
      overdueByKind: z.object(
        Object.fromEntries(deadlineKinds.map((kind) => [kind, count])) as Record<(typeof deadlineKinds)[number], typeof count>,
      ),
    }),
    teams: z.array(
      z.object({
        teamId: z.uuid(),
        name: z.string(),
        socialWorkers: count,
        openCases: count,
        atLimit: count,
        overLimit: count,
        overdueDeadlines: count,
      }),
    ),
    workers: z.array(
      z.object({
        userId: z.string(),
        displayName: z.string(),
        openCases: count,
        standing,
        overdueDeadlines: count,
        teams: z.array(z.string()).describe('The systemic teams the worker sits on as a social worker, by name.'),
      }),
    ),
  })
  .meta({ id: 'CaseloadOverview' }) satisfies z.ZodType<CaseloadOverview>;
