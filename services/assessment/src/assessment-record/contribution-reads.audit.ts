import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { AlsoAudited } from '@yhdessa/audit';
import type { InformationClass } from '@yhdessa/contracts';

/**
 * Views are read with the information class of whoever gave them (a psychiatry view is `health`). The
 * route's own record covers the assessment (`shared-plan`); this adds one record per other class a
 * reader was served, which the audit interceptor writes with the route's own, in one write, before the
 * answer leaves: if they cannot be written, nothing is served.
 */
@Injectable()
export class ContributionReadsAudit {
  record(also: AlsoAudited, caller: AuthenticatedUser, caseId: string, classes: Iterable<InformationClass>): void {
    const served = [...new Set(classes)].filter((informationClass) => informationClass !== 'shared-plan').sort();
    also.add(
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
