import { Module, type DynamicModule } from '@nestjs/common';
import { CaseAccessPolicy, CaseReaders, GuardedRoutesModule } from '@yhdessa/access';
import { caseStateTopic, topics } from '@yhdessa/contracts';
import { Clock, constraintErrorProviders } from '@yhdessa/platform';
import { serviceFoundation, serviceMessaging, type ServiceFoundationSpec } from '@yhdessa/runtime';
import { CaseReadersRepository } from './access/case-readers.repository.js';
import { CaseloadAccessPolicy } from './worker/caseload-access.policy.js';
import { MeetingAccessPolicy } from './meeting/meeting-access.policy.js';
import { TeamAccessPolicy } from './team/team-access.policy.js';
import type { CaseCoordinationConfig } from './case-coordination.config.js';
import { CareTeamController } from './care-team/care-team.controller.js';
import { CareTeamService } from './care-team/care-team.service.js';
import { CaseStatePublisher } from './case-state/case-state.publisher.js';
import { CaseController } from './case/case.controller.js';
import { CareTeamMemberEntity } from './case-record/care-team-member.entity.js';
import { CaseEntity } from './case-record/case.entity.js';
import { ConsentEntity } from './case-record/consent.entity.js';
import { CaseRecordModule } from './case-record/case-record.module.js';
import { CaseService } from './case/case.service.js';
import { ConsentController } from './consent/consent.controller.js';
import { ConsentService } from './consent/consent.service.js';
import { CaseDeadlineEntity } from './deadlines/case-deadline.entity.js';
import { DeadlineController } from './deadlines/deadline.controller.js';
import { DEADLINE_RULES } from './deadlines/deadline-rules.provider.js';
import { DeadlineService } from './deadlines/deadline.service.js';
import { DEADLINE_WATCH_INTERVAL_MS, DeadlineWatcher } from './deadlines/deadline-watcher.js';
import { PlanReviewProjection } from './deadlines/plan-review.projection.js';
import { AgendaItemEntity } from './meeting/agenda-item.entity.js';
import { MeetingAmendmentEntity } from './meeting/meeting-amendment.entity.js';
import { MeetingController } from './meeting/meeting.controller.js';
import { MeetingDecisionEntity } from './meeting/meeting-decision.entity.js';
import { MeetingEntity } from './meeting/meeting.entity.js';
import { MeetingNoteEntity } from './meeting/meeting-note.entity.js';
import { MeetingService } from './meeting/meeting.service.js';
import { MeetingTaskEntity } from './meeting/meeting-task.entity.js';
import { MinutesController } from './meeting/minutes.controller.js';
import { MinutesRepository } from './meeting/minutes.repository.js';
import { MinutesService } from './meeting/minutes.service.js';
import { TaskController } from './meeting/task.controller.js';
import { TaskService } from './meeting/task.service.js';
import { caseCoordinationConstraintErrors } from './migrations/constraint-errors.js';
import { caseCoordinationMigrations } from './migrations/index.js';
import { TeamMemberEntity } from './team-record/team-member.entity.js';
import { TeamRecordModule } from './team-record/team-record.module.js';
import { TEAM_RULES } from './team/team-rules.provider.js';
import { TeamController } from './team/team.controller.js';
import { TeamEntity } from './team-record/team.entity.js';
import { TeamService } from './team/team.service.js';
import { TimelineController } from './timeline/timeline.controller.js';
import { TimelineProjection } from './timeline/timeline.projection.js';
import { TimelineService } from './timeline/timeline.service.js';
import { CASELOAD_RULES } from './worker/caseload-rules.provider.js';
import { CaseloadController } from './worker/caseload.controller.js';
import { CaseloadRepository } from './worker/caseload.repository.js';
import { CaseloadService } from './worker/caseload.service.js';
import { HandoverController } from './worker/handover.controller.js';
import { HandoverService } from './worker/handover.service.js';
import { ResponsibleWorkerService } from './worker/responsible-worker.service.js';

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
  subscribesTo: [topics.case, topics.assessment, topics.plan, topics.booking],
  publishesTo: [topics.case],
  publishesStateTo: [caseStateTopic],
});

export const caseCoordinationMessaging = (config: CaseCoordinationConfig) => serviceMessaging(config, foundation(config));

@Module({})
export class CaseCoordinationModule {
  static forRoot(config: CaseCoordinationConfig): DynamicModule {
    return {
      module: CaseCoordinationModule,
      imports: [...serviceFoundation(config, foundation(config)), GuardedRoutesModule.forRoot(['caseId', 'teamId', 'meetingId', 'userId']), CaseRecordModule, TeamRecordModule],
      controllers: [CaseController, CareTeamController, HandoverController, CaseloadController, DeadlineController, TimelineController, ConsentController, TeamController, MeetingController, MinutesController, TaskController],
      providers: [
        Clock,
        ...constraintErrorProviders(caseCoordinationConstraintErrors),
        { provide: DEADLINE_RULES, useValue: config.deadlineRules },
        { provide: CASELOAD_RULES, useValue: config.caseloadRules },
        { provide: DEADLINE_WATCH_INTERVAL_MS, useValue: config.DEADLINE_WATCH_INTERVAL_MS },
        { provide: CaseReaders, useClass: CaseReadersRepository },
        CaseAccessPolicy,
        TeamAccessPolicy,
        MeetingAccessPolicy,
        CaseloadAccessPolicy,
        CaseService,
        CaseStatePublisher,
        CareTeamService,
        DeadlineService,
        DeadlineWatcher,
        PlanReviewProjection,
        HandoverService,
        CaseloadService,
        CaseloadRepository,
        ResponsibleWorkerService,
        TimelineProjection,
        TimelineService,
        ConsentService,
        { provide: TEAM_RULES, useValue: config.teamRules },
        TeamService,
        MinutesRepository,
        MeetingService,
        MinutesService,
        TaskService,
      ],
    };
  }
}
