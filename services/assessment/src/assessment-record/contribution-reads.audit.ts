import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { AuditLog } from '@yhdessa/audit';
import type { InformationClass } from '@yhdessa/contracts';

/**
 * Views are read with the information class of whoever gave them (a psychiatry view is `health`). The
 * route's own record covers the assessment (`shared-plan`); this adds one record per other class a
 * reader was served, before the answer leaves: if it cannot be written, nothing is served.
 */
@Injectable()
export class ContributionReadsAudit {
  constructor(private readonly auditLog: AuditLog) {}

  async record(caller: AuthenticatedUser, caseId: string, classes: Iterable<InformationClass>): Promise<void> {
    const served = [...new Set(classes)].filter((informationClass) => informationClass !== 'shared-plan').sort();
    if (served.length === 0) return;
    await this.auditLog.recordAll(
      served.map((informationClass) => ({
        actor: caller.actor,
        action: 'read' as const,
        caseId,
        resource: 'assessment-contribution',
        informationClass,
        purpose: 'care-team-work' as const,
        actorDisplayName: caller.displayName,
      })),
    );
  }
}
