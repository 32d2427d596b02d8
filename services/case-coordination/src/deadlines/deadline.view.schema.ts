import { redactedSchema } from '@yhdessa/access';
import { deadlineKinds } from '@yhdessa/contracts';
import { z } from 'zod';
import type { DeadlineView } from './deadline.view.js';

export const deadlineViewSchema = z
  .object({
    deadlineId: z.uuid(),
    caseId: z.uuid(),
    childName: z.string().nullable(),
    kind: z.enum(deadlineKinds),
    dueOn: z.iso.date(),
    status: z.enum(['met', 'open', 'due-soon', 'overdue']),
    overdue: z.boolean(),
    late: z.boolean().describe('Met after its due day: a late completion stays recorded as late.'),
  })
  .meta({ id: 'Deadline' }) satisfies z.ZodType<DeadlineView>;

export const deadlineForReaderSchema = redactedSchema(deadlineViewSchema).meta({ id: 'DeadlineForReader' });
