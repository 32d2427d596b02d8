import { Controller, Get } from '@nestjs/common';
import { CaseAccess, CaseIdParam, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { AuditedRead } from '@yhdessa/audit';
import { Returns } from '@yhdessa/platform';
import { z } from 'zod';
import { TimelineService } from './timeline.service.js';
import type { TimelineEntry } from './timeline.view.js';
import { timelineEntrySchema } from './timeline.view.schema.js';

@Controller('cases/:caseId/timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @CaseAccess('read')
  @AuditedRead({ resource: 'case-timeline', informationClass: 'child-protection', purpose: 'care-team-work' })
  @Returns(z.array(timelineEntrySchema))
  read(@CaseIdParam() caseId: string, @CurrentCaseReader() reader: CaseReader): Promise<TimelineEntry[]> {
    return this.timeline.forReader(caseId, reader);
  }
}
