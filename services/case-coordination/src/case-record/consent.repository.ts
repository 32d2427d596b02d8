import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ConsentEntity } from './consent.entity.js';

/**
 * SQL: the consent row `k` is in force on `day` (a date parameter such as `$3`): not withdrawn, and
 * the day within its period (both ends inclusive). `isInForceOn` (libs/consent) as SQL, the rule the
 * other services apply to their projections; test/membership-rules.int-spec.ts holds the two together
 * on every combination of dates.
 */
export const consentInForceSql = (k: string, day: string): string =>
  `(${k}.withdrawn_at IS NULL AND ${k}.valid_from <= ${day} AND ${k}.valid_until >= ${day})`;

/** The consents of cases. */
@Injectable()
export class ConsentRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every consent the case ever had, withdrawn ones included, in the order they were given. */
  async everyConsent(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<ConsentEntity[]> {
    return manager.find(ConsentEntity, { where: { caseId }, order: { givenAt: 'ASC' } });
  }
}
