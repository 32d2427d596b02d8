import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, auditEntities } from '@yhdessa/audit';
import { AuthModule } from '@yhdessa/auth';
import { CareTeamModule } from '@yhdessa/care-team';
import { topics } from '@yhdessa/contracts';
import { MessagingModule, type MessagingOptions } from '@yhdessa/messaging';
import { postgresOptions } from '@yhdessa/platform';
import { RuntimeModule } from '@yhdessa/runtime';
import type { AssessmentConfig } from './assessment.config.js';
import { assessmentMigrations } from './migrations/index.js';

export const SERVICE_NAME = 'assessment';

export function assessmentMessaging(config: AssessmentConfig): MessagingOptions {
  return {
    service: SERVICE_NAME,
    brokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_GROUP_ID ?? SERVICE_NAME,
    fromBeginning: config.KAFKA_FROM_BEGINNING,
    subscribesTo: [topics.case],
    publishesTo: [topics.assessment],
  };
}

@Module({})
export class AssessmentModule {
  static forRoot(config: AssessmentConfig): DynamicModule {
    return {
      module: AssessmentModule,
      imports: [
        TypeOrmModule.forRoot(
          postgresOptions(config, { database: config.ASSESSMENT_DB, entities: auditEntities, migrations: assessmentMigrations }),
        ),
        RuntimeModule.forRoot({ redisUrl: config.REDIS_URL }),
        AuthModule.forRoot({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE }),
        AuditModule.forRoot({ service: SERVICE_NAME }),
        MessagingModule.forRoot(assessmentMessaging(config)),
        CareTeamModule,
      ],
    };
  }
}
