import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { GUARDED_PARAMS, GuardedRoutesCheck } from './guarded-routes.check.js';

/** The boot check that every route naming one of `params` (`caseId`, `teamId`, …) declares `@Access`. */
@Module({})
export class GuardedRoutesModule {
  static forRoot(params: readonly string[]): DynamicModule {
    return {
      module: GuardedRoutesModule,
      imports: [DiscoveryModule],
      providers: [{ provide: GUARDED_PARAMS, useValue: params }, GuardedRoutesCheck],
    };
  }
}
