import type { DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule, auditEntities, type AuditModuleOptions } from '@yhdessa/audit';
import { AuthModule } from '@yhdessa/auth';
import { MessagingModule, type MessagingOptions } from '@yhdessa/messaging';
import { postgresOptions, type ServiceDatabaseEnv, type ServiceEnv } from '@yhdessa/platform';
import type { DataSourceOptions } from 'typeorm';
import { RuntimeModule } from '../health/health.module.js';
import { httpEdgeOptions } from '../http/http-edge.options.js';

/** What makes a service with a database of its own what it is; the rest is the same for all. */
export interface ServiceFoundationSpec {
  name: string;
  database: string;
  /** The service's own entities (the audit records' are added). */
  entities?: Extract<NonNullable<DataSourceOptions['entities']>, unknown[]>;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  subscribesTo: string[];
  publishesTo: string[];
  /** Compacted state topics it writes beside its events (case-coordination: `case.state`). */
  publishesStateTo?: string[];
}

/** The service's Kafka wiring: its consumer group (overridable for tests) and topics. */
export function serviceMessaging(config: ServiceEnv, spec: ServiceFoundationSpec): MessagingOptions {
  return {
    service: spec.name,
    brokers: config.KAFKA_BROKERS,
    consumerGroup: config.KAFKA_GROUP_ID ?? spec.name,
    fromBeginning: config.KAFKA_FROM_BEGINNING,
    subscribesTo: spec.subscribesTo,
    publishesTo: spec.publishesTo,
    publishesStateTo: spec.publishesStateTo,
    topicSettings: { partitions: config.KAFKA_TOPIC_PARTITIONS, replicationFactor: config.KAFKA_REPLICATION_FACTOR },
  };
}

/** Where and how often the service anchors its audit chains' heads (`audit.checkpoints`). */
function auditCheckpoints(
  config: ServiceDatabaseEnv,
  spec: ServiceFoundationSpec,
): NonNullable<AuditModuleOptions['checkpoints']> {
  const { brokers, topicSettings } = serviceMessaging(config, spec);
  return { brokers, intervalMs: config.AUDIT_CHECKPOINT_INTERVAL_MS, topicSettings };
}

/**
 * The modules every service with a database imports, wired one way: its own PostgreSQL database
 * (migrations only), health, Redis and the HTTP edge (write rate limit, API docs), bearer-token
 * authentication, audited reads, and the outbox/inbox messaging.
 */
export function serviceFoundation(config: ServiceDatabaseEnv, spec: ServiceFoundationSpec): DynamicModule[] {
  return [
    TypeOrmModule.forRoot(
      postgresOptions(config, {
        database: spec.database,
        entities: [...(spec.entities ?? []), ...auditEntities],
        migrations: spec.migrations,
      }),
    ),
    RuntimeModule.forRoot({ redisUrl: config.REDIS_URL, http: httpEdgeOptions(config, spec.name) }),
    AuthModule.forRoot({ issuer: config.OIDC_ISSUER, audience: config.OIDC_AUDIENCE }),
    AuditModule.forRoot({ service: spec.name, checkpoints: auditCheckpoints(config, spec) }),
    MessagingModule.forRoot(serviceMessaging(config, spec)),
  ];
}
