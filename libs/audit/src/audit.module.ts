import { Module, type DynamicModule } from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { Clock } from '@yhdessa/platform';
import { AUDIT_OPTIONS, type AuditModuleOptions } from './audit.options.js';
import { AuditCheckpointer } from './checkpoint/audit-checkpointer.service.js';
import { AuditInterceptor } from './http/audit.interceptor.js';
import { AuditedRoutesCheck } from './http/audited-routes.check.js';
import { AuditRecordPublisher } from './publication/audit-record.publisher.js';
import { AuditLog } from './record/audit-log.service.js';

const serviceName = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The audit log for one service. Import once in the root module, after TypeORM (it uses the default
 * DataSource): `AuditModule.forRoot({ service: 'client-plan', checkpoints: { brokers, intervalMs } })`,
 * and list `auditEntities` and `auditMigrations` in the service's DataSource. It publishes every record
 * about a case through the service's outbox, so it needs `MessagingModule` too (`publishRecords`).
 */
@Module({})
export class AuditModule {
  static forRoot(options: AuditModuleOptions): DynamicModule {
    if (!serviceName.test(options.service)) throw new Error('AuditModule.forRoot: service must be a kebab-case service name');
    return {
      module: AuditModule,
      global: true,
      imports: [DiscoveryModule],
      providers: [
        { provide: AUDIT_OPTIONS, useValue: options },
        Clock,
        AuditLog,
        { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
        AuditedRoutesCheck,
        AuditCheckpointer,
        ...(options.publishRecords === false ? [] : [AuditRecordPublisher]),
      ],
      exports: [AuditLog, AuditCheckpointer],
    };
  }
}
