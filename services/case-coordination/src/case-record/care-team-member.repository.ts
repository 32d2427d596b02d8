import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { CareTeamMemberEntity } from './care-team-member.entity.js';

/**
 * SQL: the member row `m` gives its person a part in the case on `day` (a date parameter such as
 * `$3`): joined by then, not ended before it, not removed. `isActiveOn` (libs/care-team) as SQL, the
 * rule the other services apply to their projections; test/membership-rules.int-spec.ts holds the two
 * together on every combination of dates.
 */
export const activeCareTeamMemberSql = (m: string, day: string): string =>
  `(${m}.removed_at IS NULL AND ${m}.since <= ${day} AND (${m}.until IS NULL OR ${m}.until >= ${day}))`;

/**
 * SQL: the member row `m` is on the care team, whatever its dates: not removed. A person has at most
 * one such row per case (`case_care_team_one_active_per_user`); adding them again would be a second.
 */
export const onCareTeamSql = (m: string): string => `${m}.removed_at IS NULL`;

/** `onCareTeamSql` for TypeORM's find options. */
const onCareTeam = { removedAt: IsNull() };

/** The care teams of cases: who is on one, and every member a case ever had. */
@Injectable()
export class CareTeamMemberRepository {
  constructor(private readonly dataSource: DataSource) {}

  async isOnCareTeam(manager: EntityManager, caseId: string, userId: string): Promise<boolean> {
    return manager.existsBy(CareTeamMemberEntity, { caseId, userId, ...onCareTeam });
  }

  async findOnCareTeam(manager: EntityManager, caseId: string, memberId: string): Promise<CareTeamMemberEntity | null> {
    return manager.findOneBy(CareTeamMemberEntity, { caseId, memberId, ...onCareTeam });
  }

  /** The members on the case's care team now, whatever their dates. */
  async onCareTeam(manager: EntityManager, caseId: string): Promise<CareTeamMemberEntity[]> {
    return manager.findBy(CareTeamMemberEntity, { caseId, ...onCareTeam });
  }

  /** Every member the case ever had, removed ones included, earliest first. */
  async everyMember(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<CareTeamMemberEntity[]> {
    return manager.find(CareTeamMemberEntity, { where: { caseId }, order: { since: 'ASC' } });
  }
}
