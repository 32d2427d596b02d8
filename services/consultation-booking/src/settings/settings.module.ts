import { Module, type DynamicModule } from '@nestjs/common';
import type { ConsultationBookingConfig } from '../consultation-booking.config.js';
import { BOOKING_RULES } from './consultation-type-rules.provider.js';
import { REMINDER_SWEEP_INTERVAL_MS } from './reminder-settings.js';

/** The service's settings as its features inject them, from the configuration read once at boot. */
@Module({})
export class SettingsModule {
  static forRoot(config: ConsultationBookingConfig): DynamicModule {
    const settings = [
      { provide: BOOKING_RULES, useValue: config.bookingRules },
      { provide: REMINDER_SWEEP_INTERVAL_MS, useValue: config.REMINDER_SWEEP_INTERVAL_MS },
    ];
    return { module: SettingsModule, global: true, providers: settings, exports: settings.map((setting) => setting.provide) };
  }
}
