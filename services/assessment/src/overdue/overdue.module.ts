import { Module, type DynamicModule } from '@nestjs/common';
import { Clock } from '@yhdessa/platform';
import { InvitationOverdueWatcher, OVERDUE_WATCH_INTERVAL_MS } from './invitation-overdue.watcher.js';

/** Invitations whose view is late, raised once each to the worker who leads the assessment. */
@Module({})
export class OverdueModule {
  static forRoot(intervalMs: number): DynamicModule {
    return {
      module: OverdueModule,
      providers: [Clock, InvitationOverdueWatcher, { provide: OVERDUE_WATCH_INTERVAL_MS, useValue: intervalMs }],
      exports: [InvitationOverdueWatcher],
    };
  }
}
