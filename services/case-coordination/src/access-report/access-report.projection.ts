import { Injectable } from '@nestjs/common';
import type { AccessRecordedV1, Envelope } from '@yhdessa/contracts';
import { HandlesEvent } from '@yhdessa/messaging';
import type { EntityManager } from 'typeorm';
import { AccessReportRepository } from './access-report.repository.js';

/** Every service's audit records about a case (`audit.records`, this service's own included) into the case's access report. */
@Injectable()
export class AccessReportProjection {
  constructor(private readonly entries: AccessReportRepository) {}

  @HandlesEvent('AccessRecorded.v1')
  async onAccessRecorded(event: Envelope<AccessRecordedV1>, manager: EntityManager): Promise<void> {
    await this.entries.add(manager, event);
  }
}
