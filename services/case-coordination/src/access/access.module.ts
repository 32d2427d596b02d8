import { Module } from '@nestjs/common';
import { CaseAccessPolicy, CaseReaders } from '@yhdessa/access';
import { Clock } from '@yhdessa/platform';
import { CaseReadersRepository } from './case-readers.repository.js';

/**
 * `@CaseAccess` and the case readers for this service: how a user takes part in a case, read from its
 * own tables (the case record and the systemic teams). Features that redact what they list by each
 * case's reader, or re-check access inside a transaction, import it.
 */
@Module({
  providers: [Clock, { provide: CaseReaders, useClass: CaseReadersRepository }, CaseAccessPolicy],
  exports: [CaseReaders, CaseAccessPolicy],
})
export class AccessModule {}
