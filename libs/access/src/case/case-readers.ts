import type { AuthenticatedUser } from '@yhdessa/auth';
import type { EntityManager } from 'typeorm';
import type { CaseReader } from './case-reader.js';

/**
 * Where a service learns how a user takes part in its cases: case-coordination from its own tables,
 * the other services from their care-team and consent projections. One query for many cases (a list).
 */
export abstract class CaseReaders {
  /**
   * The caller as a reader of each case the service knows; a case it does not know is missing from
   * the map. `manager`: read inside the caller's transaction (after locking the case row).
   */
  abstract readersOn(
    caseIds: readonly string[],
    caller: AuthenticatedUser,
    manager?: EntityManager,
  ): Promise<Map<string, CaseReader>>;

  async readerOn(caseId: string, caller: AuthenticatedUser, manager?: EntityManager): Promise<CaseReader | null> {
    return (await this.readersOn([caseId], caller, manager)).get(caseId) ?? null;
  }
}
