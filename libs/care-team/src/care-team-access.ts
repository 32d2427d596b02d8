import { Injectable } from '@nestjs/common';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { isActiveOn, type CareTeamMembership } from './care-team-membership.js';

interface MemberRow {
  member_id: string;
  case_id: string;
  user_id: string;
  display_name: string;
  agency: string;
  participant_kind: string;
  role_in_case: string;
  since: string;
  until: string | null;
  removed_at: Date | null;
}

const toMembership = (row: MemberRow): CareTeamMembership => ({
  memberId: row.member_id,
  caseId: row.case_id,
  userId: row.user_id,
  displayName: row.display_name,
  agency: row.agency,
  participantKind: row.participant_kind,
  roleInCase: row.role_in_case,
  since: row.since,
  until: row.until,
  removedAt: row.removed_at,
});

/** What a service authorises by: is this user on this case's care team today? */
@Injectable()
export class CareTeamAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async isMember(caseId: string, userId: string): Promise<boolean> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case,
              to_char(since, 'YYYY-MM-DD') AS since, to_char(until, 'YYYY-MM-DD') AS until, removed_at
       FROM care_team_member WHERE case_id = $1 AND user_id = $2 AND since IS NOT NULL`,
      [caseId, userId],
    );
    const today = finnishDate(this.clock.now());
    return rows.some((row) => isActiveOn(toMembership(row), today));
  }

  /** Every member whose joining is known (one known only from their removal has nothing to show), removed ones included. */
  async members(caseId: string): Promise<CareTeamMembership[]> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT member_id, case_id, user_id, display_name, agency, participant_kind, role_in_case,
              to_char(since, 'YYYY-MM-DD') AS since, to_char(until, 'YYYY-MM-DD') AS until, removed_at
       FROM care_team_member WHERE case_id = $1 AND since IS NOT NULL ORDER BY since, display_name`,
      [caseId],
    );
    return rows.map(toMembership);
  }
}
