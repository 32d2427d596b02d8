import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, auditEntities } from '@yhdessa/audit';
import { AuthModule } from '@yhdessa/auth';
import { topics } from '@yhdessa/contracts';
import { MessagingModule, type MessagingOptions } from '@yhdessa/messaging';
import { Clock, postgresOptions } from '@yhdessa/platform';
import { RuntimeModule } from '@yhdessa/runtime';
import type { CaseCoordinationConfig } from './case-coordination.config.js';
import { CareTeamMemberEntity } from './care-team/care-team-member.entity.js';
import { CareTeamController } from './care-team/care-team.controller.js';
import { CareTeamService } from './care-team/care-team.service.js';
import { CaseMemberGuard } from './care-team/case-member.guard.js';
import { CaseController } from './case/case.controller.js';
import { CaseEntity } from './case/case.entity.js';
import { CaseService } from './case/case.service.js';
import { caseCoordinationMigrations } from './migrations/index.js';

export const SERVICE_NAME = 'case-coordination';

export const caseCoordinationEntities = [CaseEntity, CareTeamMemberEntity, ...auditEntities];

export function caseCoordinationMessaging(config: CaseCoordinationConfig): MessagingOptions {
  return {
    service: SERVICE_NAME,
    brokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_GROUP_ID ?? SERVICE_NAME,
    fromBeginning: config.KAFKA_FROM_BEGINNING,
    subscribesTo: [],
    publishesTo: [topics.case],
  };
}

@Module({})
export class CaseCoordinationModule {
  static forRoot(config: CaseCoordinationConfig): DynamicModule {
    return {
      module: CaseCoordinationModule,
      imports: [
        TypeOrmModule.forRoot(
          postgresOptions(config, {
            database: config.CASE_COORDINATION_DB,
            entities: caseCoordinationEntities,
            migrations: caseCoordinationMigrations,
          }),
        ),
        RuntimeModule.forRoot({ redisUrl: config.REDIS_URL }),
        AuthModule.forRoot({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE }),
        AuditModule.forRoot({ service: SERVICE_NAME }),
        MessagingModule.forRoot(caseCoordinationMessaging(config)),
      ],
      controllers: [CaseController, CareTeamController],
      providers: [Clock, CaseService, CareTeamService, CaseMemberGuard],
    };
  }
}
