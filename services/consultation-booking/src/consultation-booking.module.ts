import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, auditEntities } from '@yhdessa/audit';
import { AuthModule } from '@yhdessa/auth';
import { CareTeamModule } from '@yhdessa/care-team';
import { topics } from '@yhdessa/contracts';
import { MessagingModule, type MessagingOptions } from '@yhdessa/messaging';
import { postgresOptions } from '@yhdessa/platform';
import { RuntimeModule } from '@yhdessa/runtime';
import type { ConsultationBookingConfig } from './consultation-booking.config.js';
import { consultationBookingMigrations } from './migrations/index.js';

export const SERVICE_NAME = 'consultation-booking';

export function consultationBookingMessaging(config: ConsultationBookingConfig): MessagingOptions {
  return {
    service: SERVICE_NAME,
    brokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_GROUP_ID ?? SERVICE_NAME,
    fromBeginning: config.KAFKA_FROM_BEGINNING,
    subscribesTo: [topics.case],
    publishesTo: [topics.booking],
  };
}

@Module({})
export class ConsultationBookingModule {
  static forRoot(config: ConsultationBookingConfig): DynamicModule {
    return {
      module: ConsultationBookingModule,
      imports: [
        TypeOrmModule.forRoot(
          postgresOptions(config, {
            database: config.CONSULTATION_BOOKING_DB,
            entities: auditEntities,
            migrations: consultationBookingMigrations,
          }),
        ),
        RuntimeModule.forRoot({ redisUrl: config.REDIS_URL }),
        AuthModule.forRoot({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE }),
        AuditModule.forRoot({ service: SERVICE_NAME }),
        MessagingModule.forRoot(consultationBookingMessaging(config)),
        CareTeamModule,
      ],
    };
  }
}
