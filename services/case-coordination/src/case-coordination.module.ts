import { Module, type DynamicModule } from '@nestjs/common';
import { GuardedRoutesModule } from '@yhdessa/access';
import { auditRecordsTopic, caseStateTopic, topics } from '@yhdessa/contracts';
import { constraintErrorProviders } from '@yhdessa/platform';
import { serviceFoundation, serviceMessaging, type ServiceFoundationSpec } from '@yhdessa/runtime';
import { AccessReportModule } from './access-report/access-report.module.js';
import { CareTeamModule } from './care-team/care-team.module.js';
import { CaseloadOverviewModule } from './caseload-overview/caseload-overview.module.js';
import type { CaseCoordinationConfig } from './case-coordination.config.js';
import { CareTeamMemberEntity } from './case-record/care-team-member.entity.js';
import { CaseEntity } from './case-record/case.entity.js';
import { ConsentEntity } from './case-record/consent.entity.js';
import { CaseModule } from './case/case.module.js';
import { ConsentModule } from './consent/consent.module.js';
import { CaseDeadlineEntity } from './deadlines/case-deadline.entity.js';
import { DeadlinesModule } from './deadlines/deadlines.module.js';
import { IntakeModule } from './intake/intake.module.js';
import { AgendaItemEntity } from './meeting/agenda-item.entity.js';
import { MeetingAmendmentEntity } from './meeting/meeting-amendment.entity.js';
import { MeetingDecisionEntity } from './meeting/meeting-decision.entity.js';
import { MeetingNoteEntity } from './meeting/meeting-note.entity.js';
import { MeetingTaskEntity } from './meeting/meeting-task.entity.js';
import { MeetingEntity } from './meeting/meeting.entity.js';
import { MeetingModule } from './meeting/meeting.module.js';
import { caseCoordinationConstraintErrors } from './migrations/constraint-errors.js';
import { caseCoordinationMigrations } from './migrations/index.js';
import { SettingsModule } from './settings.module.js';
import { TeamMemberEntity } from './team-record/team-member.entity.js';
import { TeamEntity } from './team-record/team.entity.js';
import { TeamModule } from './team/team.module.js';
import { TimelineModule } from './timeline/timeline.module.js';
import { WorkerModule } from './worker/worker.module.js';

export const SERVICE_NAME = 'case-coordination';

const foundation = (config: CaseCoordinationConfig): ServiceFoundationSpec => ({
  name: SERVICE_NAME,
  database: config.CASE_COORDINATION_DB,
  entities: [
    CaseEntity,
    CareTeamMemberEntity,
    CaseDeadlineEntity,
    ConsentEntity,
    TeamEntity,
    TeamMemberEntity,
    MeetingEntity,
    AgendaItemEntity,
    MeetingNoteEntity,
    MeetingDecisionEntity,
    MeetingTaskEntity,
    MeetingAmendmentEntity,
  ],
  migrations: caseCoordinationMigrations,
  subscribesTo: [topics.case, topics.assessment, topics.plan, topics.booking, auditRecordsTopic],
  publishesTo: [topics.case],
  publishesStateTo: [caseStateTopic],
});

export const caseCoordinationMessaging = (config: CaseCoordinationConfig) => serviceMessaging(config, foundation(config));

/**
 * The service: the foundation every service shares, its settings, and one module per feature, each
 * importing the features it uses (case-record and team-record at the bottom, case at the top).
 */
@Module({})
export class CaseCoordinationModule {
  static forRoot(config: CaseCoordinationConfig): DynamicModule {
    return {
      module: CaseCoordinationModule,
      imports: [
        ...serviceFoundation(config, foundation(config)),
        GuardedRoutesModule.forRoot(['caseId', 'teamId', 'meetingId', 'userId']),
        SettingsModule.forRoot(config),
        CaseModule,
        CareTeamModule,
        WorkerModule,
        DeadlinesModule,
        TimelineModule,
        ConsentModule,
        TeamModule,
        MeetingModule,
        AccessReportModule,
        CaseloadOverviewModule,
        IntakeModule,
      ],
      providers: [...constraintErrorProviders(caseCoordinationConstraintErrors)],
    };
  }
}
