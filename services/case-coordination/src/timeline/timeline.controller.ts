import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { CurrentUser, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { CaseReaderGuard } from '../care-team/case-reader.guard.js';
import { TimelineService, type TimelineEntry } from './timeline.service.js';

@Controller('cases/:caseId/timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @UseGuards(CaseReaderGuard)
  @AuditedRead({ resource: 'case-timeline', informationClass: 'child-protection', purpose: 'care-team-work' })
  read(@Param('caseId') caseId: string, @CurrentUser() reader: AuthenticatedUser): Promise<TimelineEntry[]> {
    return this.timeline.forReader(caseId, reader);
  }
}
