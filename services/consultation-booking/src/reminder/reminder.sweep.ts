import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock, logger } from '@yhdessa/platform';
import { REMINDER_SWEEP_INTERVAL_MS } from '../settings/reminder-settings.js';
import { ReminderService } from './reminder.service.js';

/**
 * Runs the reminder sweep every REMINDER_SWEEP_INTERVAL_MS on the service's clock. Each run is
 * idempotent (a reminder is one row under a unique key), so several instances, a missed run or a
 * run twice change nothing beyond the reminders that have come due.
 */
@Injectable()
export class ReminderSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly reminders: ReminderService,
    private readonly clock: Clock,
    @Inject(REMINDER_SWEEP_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runOnce(), this.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async runOnce(): Promise<void> {
    if (this.running) return; // a slow run is not overtaken by the next tick
    this.running = true;
    try {
      await this.reminders.sweep(this.clock.now());
    } catch (error) {
      logger().warn({ err: { type: (error as Error).name } }, 'reminder sweep failed');
    } finally {
      this.running = false;
    }
  }
}
