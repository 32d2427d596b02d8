import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, auditEntities } from '@yhdessa/audit';
import { AuthModule } from '@yhdessa/auth';
import { CareTeamModule } from '@yhdessa/care-team';
import { topics } from '@yhdessa/contracts';
import { MessagingModule, type MessagingOptions } from '@yhdessa/messaging';
import { postgresOptions } from '@yhdessa/platform';
import { RuntimeModule } from '@yhdessa/runtime';
import type { ClientPlanConfig } from './client-plan.config.js';
import { clientPlanMigrations } from './migrations/index.js';

export const SERVICE_NAME = 'client-plan';

export function clientPlanMessaging(config: ClientPlanConfig): MessagingOptions {
  return {
    service: SERVICE_NAME,
    brokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_GROUP_ID ?? SERVICE_NAME,
    fromBeginning: config.KAFKA_FROM_BEGINNING,
    subscribesTo: [topics.case, topics.assessment],
    publishesTo: [topics.plan],
  };
}

@Module({})
export class ClientPlanModule {
  static forRoot(config: ClientPlanConfig): DynamicModule {
    return {
      module: ClientPlanModule,
      imports: [
        TypeOrmModule.forRoot(
          postgresOptions(config, { database: config.CLIENT_PLAN_DB, entities: auditEntities, migrations: clientPlanMigrations }),
        ),
        RuntimeModule.forRoot({ redisUrl: config.REDIS_URL }),
        AuthModule.forRoot({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE }),
        AuditModule.forRoot({ service: SERVICE_NAME }),
        MessagingModule.forRoot(clientPlanMessaging(config)),
        CareTeamModule,
      ],
    };
  }
}
