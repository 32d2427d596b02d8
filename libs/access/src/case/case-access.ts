import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { Access, Granted } from '../seam/access.decorator.js';
import type { ResourceAccess } from '../seam/resource-access.js';
import { allowsOnCase, type CaseAccessLevel } from './case-access.domain.js';
import { CaseAccessError } from './case-access.error.js';
import type { CaseReader } from './case-reader.js';
import { CaseReaders } from './case-readers.js';

const caseId = z.uuid();

/** Cases, guarded by the reader's part in them (`allowsOnCase`); the case id is the route's `:caseId`. */
@Injectable()
export class CaseAccessPolicy implements ResourceAccess<CaseAccessLevel, CaseReader> {
  readonly param = 'caseId';

  constructor(private readonly readers: CaseReaders) {}

  async grant(
    id: string,
    caller: AuthenticatedUser,
    level: CaseAccessLevel,
    manager?: EntityManager,
  ): Promise<CaseReader | null> {
    if (!caseId.safeParse(id).success) return null;
    const reader = await this.readers.readerOn(id, caller, manager);
    return reader && allowsOnCase(level, reader) ? reader : null;
  }

  refusal(): CaseAccessError {
    return CaseAccessError.caseNotFound();
  }

  /**
   * The same check inside a command's transaction, once it holds the case row's lock: for levels that
   * depend on who is responsible for the case (`decide`, `assign`), which a concurrent handover changes.
   */
  async require(manager: EntityManager, id: string, caller: AuthenticatedUser, level: CaseAccessLevel): Promise<CaseReader> {
    const reader = await this.grant(id, caller, level, manager);
    if (!reader) throw this.refusal();
    return reader;
  }
}

/** The caller needs `level` on the case of the route's `:caseId`; anyone else gets 404 `case_not_found`. */
export const CaseAccess = (level: CaseAccessLevel): MethodDecorator => Access(CaseAccessPolicy, level);

/** The caller as a reader of the route's case, as `@CaseAccess` found them. */
export const CurrentCaseReader = (): ParameterDecorator => Granted(CaseAccessPolicy);
