import { Module } from '@nestjs/common';
import { CaseRepository } from './case.repository.js';

/**
 * The case row, which every feature that changes a case locks first. It imports no other feature,
 * so the features it serves (the case's lifecycle, care team, consents, deadlines, handovers) may
 * depend on it and on each other without a cycle.
 */
@Module({
  providers: [CaseRepository],
  exports: [CaseRepository],
})
export class CaseRecordModule {}
