import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { CareTeamAccess, isActiveOn } from '@yhdessa/care-team';
import { ConsentAccess, type ConsentAgency } from '@yhdessa/consent';
import type { InformationClass } from '@yhdessa/contracts';
import { Clock, finnishDate } from '@yhdessa/platform';
import { CaseReaders } from '../case/case-readers.js';
import type { CaseReader, ParticipantKind } from '../case/case-reader.js';

const consentRecipients: readonly string[] = ['child-protection', 'psychiatry', 'school'] satisfies ConsentAgency[];

/**
 * Readers as a service other than case-coordination knows them: from its own care-team and consent
 * projections. A case is known once its care team is; the projection knows membership, not who is
 * responsible nor the systemic teams (case-coordination's), so here every reader is a care-team member or no one.
 */
@Injectable()
export class CareTeamCaseReaders extends CaseReaders {
  constructor(
    private readonly careTeam: CareTeamAccess,
    private readonly consents: ConsentAccess,
    private readonly clock: Clock,
  ) {
    super();
  }

  async readersOn(caseIds: readonly string[], caller: AuthenticatedUser): Promise<Map<string, CaseReader>> {
    const today = finnishDate(this.clock.now());
    const readers = new Map<string, CaseReader>();
    for (const caseId of new Set(caseIds)) {
      // Both reads at once: every guarded request waits for them.
      const [members, consented] = await Promise.all([
        this.careTeam.members(caseId),
        consentRecipients.includes(caller.agency)
          ? this.consents.classesOpenedTo(caseId, caller.agency as ConsentAgency, today)
          : Promise.resolve<InformationClass[]>([]),
      ]);
      if (members.length === 0) continue;
      const own = members.find((member) => member.userId === caller.userId && isActiveOn(member, today));
      readers.set(caseId, {
        caseId,
        userId: caller.userId,
        agency: caller.agency,
        roles: caller.roles,
        participation: {
          careTeam: (own?.participantKind as ParticipantKind | undefined) ?? null,
          responsibleWorker: false,
          systemicTeam: null,
        },
        consented,
      });
    }
    return readers;
  }
}
