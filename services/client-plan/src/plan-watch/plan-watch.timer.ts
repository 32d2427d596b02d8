import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock, logger } from '@yhdessa/platform';
import { PLAN_WATCH_SETTINGS, type PlanWatchSettings } from './plan-watch.settings.js';
import { PlanWatchService } from './plan-watch.service.js';

/** Runs the plan watch every PLAN_WATCH_INTERVAL_MS on the service's clock; a slow run is not overtaken by the next. */
@Injectable()
export class PlanWatchTimer implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly watch: PlanWatchService,
    private readonly clock: Clock,
    @Inject(PLAN_WATCH_SETTINGS) private readonly settings: PlanWatchSettings,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runOnce(), this.settings.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async runOnce(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.watch.sweep(this.clock.now());
    } catch (error) {
      logger().warn({ err: { type: (error as Error).name } }, 'plan watch failed');
    } finally {
      this.running = false;
    }
  }
}
