import { Injectable } from '@nestjs/common';
import { CaseReaders, type CaseReader, type ParticipantKind, type SystemicTeamRole } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { InformationClass } from '@yhdessa/contracts';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { activeCareTeamMemberSql } from '../case-record/care-team-member.repository.js';
import { consentInForceSql } from '../case-record/consent.repository.js';
import { activeTeamMemberSql, teamSocialWorkerSql } from '../team-record/team-membership.repository.js';

interface ReaderRow {
  case_id: string;
  responsible: boolean;
  care_team: ParticipantKind | null;
  systemic_team: SystemicTeamRole | null;
  consented: InformationClass[];
}

/**
 * How a user takes part in case-coordination's cases, from its own authoritative tables: the care
 * team (active today: started, not ended, not removed), the responsible worker, the systemic teams
 * the responsible worker sits on as a social worker, and the consents in force today to the user's agency.
 */
@Injectable()
export class CaseReadersRepository extends CaseReaders {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    super();
  }

  async readersOn(
    caseIds: readonly string[],
    caller: AuthenticatedUser,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, CaseReader>> {
    if (caseIds.length === 0) return new Map();
    const rows: ReaderRow[] = await manager.query(
      `SELECT c.id AS case_id,
              c.responsible_worker_id = $2 AS responsible,
              (SELECT m.participant_kind FROM case_care_team_member m
                WHERE m.case_id = c.id AND m.user_id = $2 AND ${activeCareTeamMemberSql('m', '$3')}
                LIMIT 1) AS care_team,
              (SELECT reader.team_role FROM systemic_team_member worker
                 JOIN systemic_team_member reader ON reader.team_id = worker.team_id AND reader.user_id = $2 AND ${activeTeamMemberSql('reader')}
                WHERE worker.user_id = c.responsible_worker_id AND ${teamSocialWorkerSql('worker')}
                ORDER BY reader.team_role = 'coordinator' DESC LIMIT 1) AS systemic_team,
              ARRAY(SELECT DISTINCT k.information_class FROM case_consent k
                     WHERE k.case_id = c.id AND k.to_agency = $4 AND ${consentInForceSql('k', '$3')}) AS consented
         FROM child_case c WHERE c.id = ANY($1::uuid[])`,
      [[...new Set(caseIds)], caller.userId, finnishDate(this.clock.now()), caller.agency],
    );
    return new Map(
      rows.map((row) => [
        row.case_id,
        {
          caseId: row.case_id,
          userId: caller.userId,
          agency: caller.agency,
          roles: caller.roles,
          participation: { careTeam: row.care_team, responsibleWorker: row.responsible, systemicTeam: row.systemic_team },
          consented: row.consented,
        },
      ]),
    );
  }
}
