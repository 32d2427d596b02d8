import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { CaseRecordError } from './case-record.error.js';
import { CaseEntity } from './case.entity.js';

/**
 * The case row every feature that changes a case starts from. A change takes the row's lock first
 * (`lock`, `lockOpen`): changes to one case, its care team and its consents are serialised by it.
 */
@Injectable()
export class CaseRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The case, locked until the transaction ends; 404 `case_not_found` when there is none. */
  async lock(manager: EntityManager, caseId: string): Promise<CaseEntity> {
    const kase = await manager.findOne(CaseEntity, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!kase) throw CaseRecordError.notFound();
    return kase;
  }

  /** The case, locked, and open; 409 `case_closed` when it is closed. */
  async lockOpen(manager: EntityManager, caseId: string): Promise<CaseEntity> {
    const kase = await this.lock(manager, caseId);
    assertOpen(kase);
    return kase;
  }

  async find(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<CaseEntity> {
    const kase = await manager.findOneBy(CaseEntity, { id: caseId });
    if (!kase) throw CaseRecordError.notFound();
    return kase;
  }

  /** The cases of these ids that exist, in no particular order. */
  async findMany(manager: EntityManager, caseIds: readonly string[]): Promise<CaseEntity[]> {
    return caseIds.length === 0 ? [] : manager.findBy(CaseEntity, { id: In([...caseIds]) });
  }

  /** Whether the child of this identity code has an open case (one open case per child). */
  async childHasOpenCase(manager: EntityManager, personalIdentityCode: string): Promise<boolean> {
    return manager.existsBy(CaseEntity, { personalIdentityCode, status: 'open' });
  }
}

/** 409 `case_closed` unless the case is open. */
export function assertOpen(kase: Pick<CaseEntity, 'status'>): void {
  if (kase.status !== 'open') throw CaseRecordError.closed();
}
