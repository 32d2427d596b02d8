import { Inject, Injectable } from '@nestjs/common';
import type { ConsultationType } from '@yhdessa/contracts';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { BOOKING_RULES, type BookingRules } from '../settings/consultation-type-rules.provider.js';
import { addCalendarDays } from '@yhdessa/calendar';
import { helsinkiIso } from '../booking-record/helsinki-time.util.js';
import type { SlotSearchQuery } from './slot.commands.js';
import { SlotCalendars } from './slot-calendars.js';
import { freeSlots, slotsOfDay, withChosenExpert } from './slot.domain.js';
import type { SlotView } from './slot.view.js';

@Injectable()
export class SlotService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendars: SlotCalendars,
    private readonly clock: Clock,
    @Inject(BOOKING_RULES) private readonly rules: BookingRules,
  ) {}

  /**
   * The free times of a type between two local days: for a collective type only those when every
   * participant is free. One query when the calendars kept are current (their version); each day's free
   * times are worked out once for as long as they stay so.
   */
  async search(query: SlotSearchQuery, manager: EntityManager = this.dataSource.manager): Promise<SlotView[]> {
    const rule = this.rules.types[query.consultationType];
    const now = this.clock.now();
    const kept = await this.calendars.at(now, manager);
    const kinds = new Set(rule.participants.flat());
    const pooled = kept.experts.filter((expert) => kinds.has(expert.kind));
    const experts = query.expertId ? withChosenExpert(rule, pooled, query.expertId) : pooled;
    const calendars = experts.map((expert) => kept.calendarOf.get(expert.expertId)!);
    const stepMinutes = this.rules.slotStepMinutes;
    const key = `${query.consultationType}|${query.expertId ?? ''}|`;
    const slots = freeSlots(
      { rule, experts: calendars, from: query.from, to: query.to, now, stepMinutes, limit: query.limit },
      (date) => {
        let day = kept.daySlots.get(key + date);
        if (!day) {
          day = slotsOfDay(rule, calendars, date, stepMinutes);
          kept.daySlots.set(key + date, day);
        }
        return day;
      },
    );
    // The same days and limit give the same answer from the same first free time on: the same array again.
    const answerKey = `${key}${query.from}|${query.to}|${query.limit}`;
    const known = kept.answers.get(answerKey);
    if (known && known.first === slots[0] && known.views.length === slots.length) return known.views;
    const byId = new Map(experts.map((expert) => [expert.expertId, expert]));
    const views = slots.map((slot) => {
      let view = kept.views.get(slot);
      if (!view) {
        view = {
          startsAt: helsinkiIso(slot.startsAt),
          endsAt: helsinkiIso(slot.endsAt),
          experts: slot.expertIds.map((id) => {
            const expert = byId.get(id)!;
            return { expertId: id, displayName: expert.displayName, kind: expert.kind };
          }),
        };
        kept.views.set(slot, view);
      }
      return view;
    });
    kept.answers.set(answerKey, { first: slots[0], views });
    return views;
  }

  /** The next few free times in the two weeks from an instant's day: what a lost race is offered instead. */
  async nextFree(type: ConsultationType, after: Date, count = 5): Promise<SlotView[]> {
    const from = finnishDate(after);
    return this.search({ consultationType: type, from, to: addCalendarDays(from, 13), limit: count });
  }
}
