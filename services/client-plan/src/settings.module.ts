import { Module, type DynamicModule } from '@nestjs/common';
import type { ClientPlanConfig } from './client-plan.config.js';
import { PLAN_RULES } from './plan-record/plan-rules.provider.js';
import { PLAN_WATCH_SETTINGS } from './plan-watch/plan-watch.settings.js';

/** The service's settings as its features inject them, from the configuration read once at boot (global). */
@Module({})
export class SettingsModule {
  static forRoot(config: ClientPlanConfig): DynamicModule {
    const settings = [
      { provide: PLAN_RULES, useValue: config.planRules },
      { provide: PLAN_WATCH_SETTINGS, useValue: config.planWatch },
    ];
    return { module: SettingsModule, global: true, providers: settings, exports: settings.map((setting) => setting.provide) };
  }
}
