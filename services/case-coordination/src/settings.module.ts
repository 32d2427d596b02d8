import { Module, type DynamicModule } from '@nestjs/common';
import type { CaseCoordinationConfig } from './case-coordination.config.js';
import { DEADLINE_RULES } from './deadlines/deadline-rules.provider.js';
import { DEADLINE_WATCH_INTERVAL_MS } from './deadlines/deadline-watcher.js';
import { TEAM_RULES } from './team/team-rules.provider.js';
import { CASELOAD_RULES } from './worker/caseload-rules.provider.js';

/**
 * The service's settings as its features inject them: each rule set under the token its feature
 * declares, from the configuration read once at boot (case-coordination.config.ts). Global, because
 * the features that need settings are themselves imported by other features, and a module configured
 * by `forRoot` can be imported only once.
 */
@Module({})
export class SettingsModule {
  static forRoot(config: CaseCoordinationConfig): DynamicModule {
    const settings = [
      { provide: DEADLINE_RULES, useValue: config.deadlineRules },
      { provide: DEADLINE_WATCH_INTERVAL_MS, useValue: config.DEADLINE_WATCH_INTERVAL_MS },
      { provide: CASELOAD_RULES, useValue: config.caseloadRules },
      { provide: TEAM_RULES, useValue: config.teamRules },
    ];
    return { module: SettingsModule, global: true, providers: settings, exports: settings.map((setting) => setting.provide) };
  }
}
