import { Controller, Get, Param } from '@nestjs/common';
import { CaseAccess, CurrentCaseReader, type CaseReader } from '@yhdessa/access';
import { AuditedRead } from '@yhdessa/audit';
import { TimelineService, type TimelineEntry } from './timeline.service.js';

@Controller('cases/:caseId/timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @CaseAccess('read')
  @AuditedRead({ resource: 'case-timeline', informationClass: 'child-protection', purpose: 'care-team-work' })
  read(@Param('caseId') caseId: string, @CurrentCaseReader() reader: CaseReader): Promise<TimelineEntry[]> {
    return this.timeline.forReader(caseId, reader);
  }
}
