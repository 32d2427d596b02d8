import { Module } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { ConsentAccess } from './consent-access.js';
import { ConsentProjection } from './consent.projection.js';

/** The consent projection and the access check built on it. Needs MessagingModule and TypeORM. */
@Module({
  providers: [Clock, ConsentProjection, ConsentAccess],
  exports: [ConsentAccess],
})
export class ConsentModule {}
