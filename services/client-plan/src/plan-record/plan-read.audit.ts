import type { AuditLog } from '@yhdessa/audit';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { PlanContent } from './plan-content.schema.js';
import { classesShown } from './plan-visibility.domain.js';

/**
 * Beside the shared plan (which the route's @AuditedRead records), each further class of client
 * information a reader was shown of a plan's content: one audit record per class.
 */
export async function auditClassesShown(
  audit: AuditLog,
  caseId: string,
  caller: AuthenticatedUser,
  resource: string,
  content: PlanContent,
): Promise<void> {
  const classes = classesShown(content).filter((informationClass) => informationClass !== 'shared-plan');
  await audit.recordAll(
    classes.map((informationClass) => ({
      actor: caller.actor,
      action: 'read' as const,
      caseId,
      resource,
      informationClass,
      purpose: 'care-team-work' as const,
      actorDisplayName: caller.displayName,
    })),
  );
}
