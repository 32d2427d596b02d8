import { Inject, Injectable } from '@nestjs/common';
import type { ConsultationType } from '@yhdessa/contracts';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarRepository } from '../booking-record/calendar.repository.js';
import { ExpertRepository } from '../booking-record/expert.repository.js';
import { BOOKING_RULES, type BookingRules } from '../settings/consultation-type-rules.provider.js';
import { addCalendarDays } from '@yhdessa/calendar';
import { helsinkiIso, localToInstantNormalised } from '../booking-record/helsinki-time.util.js';
import type { SlotSearchQuery } from './slot.commands.js';
import { freeSlots, searchSpans, withChosenExpert, type Slot } from './slot.domain.js';
import type { SlotView } from './slot.view.js';

@Injectable()
export class SlotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly experts: ExpertRepository,
    private readonly calendars: CalendarRepository,
    private readonly clock: Clock,
    @Inject(BOOKING_RULES) private readonly rules: BookingRules,
  ) {}

  /** The free times of a type between two local days: for a collective type only those when every participant is free. */
  async search(query: SlotSearchQuery, manager: EntityManager = this.dataSource.manager): Promise<SlotView[]> {
    const rule = this.rules.types[query.consultationType];
    const pooled = await this.experts.ofKinds(manager, [...new Set(rule.participants.flat())]);
    const experts = query.expertId ? withChosenExpert(rule, pooled, query.expertId) : pooled;
    const now = this.clock.now();
    // A week of calendars at a time, until the limit is reached: each day's free times depend on that day's alone.
    const slots: Slot[] = [];
    for (const span of experts.length === 0 ? [] : searchSpans(rule, query.from, query.to, now)) {
      if (slots.length >= query.limit) break;
      const calendars = await this.calendars.calendars(manager, experts, {
        from: localToInstantNormalised(span.from, 0),
        to: localToInstantNormalised(addCalendarDays(span.to, 1), 0),
        now,
      });
      slots.push(
        ...freeSlots({
          rule,
          experts: calendars,
          from: span.from,
          to: span.to,
          now,
          stepMinutes: this.rules.slotStepMinutes,
          limit: query.limit - slots.length,
        }),
      );
    }
    const byId = new Map(experts.map((expert) => [expert.expertId, expert]));
    return slots.map((slot) => ({
      startsAt: helsinkiIso(slot.startsAt),
      endsAt: helsinkiIso(slot.endsAt),
      experts: slot.expertIds.map((id) => {
        const expert = byId.get(id)!;
        return { expertId: id, displayName: expert.displayName, kind: expert.kind };
      }),
    }));
  }

  /** The next few free times in the two weeks from an instant's day: what a lost race is offered instead. */
  async nextFree(type: ConsultationType, after: Date, count = 5): Promise<SlotView[]> {
    const from = finnishDate(after);
    return this.search({ consultationType: type, from, to: addCalendarDays(from, 13), limit: count });
  }
}
