import { Inject, Injectable } from '@nestjs/common';
import { finnishDate } from '@yhdessa/platform';
import { addCalendarDays } from '@yhdessa/calendar';
import { DataSource, type EntityManager } from 'typeorm';
import { calendarsAt, type ExpertSnapshot } from '../booking-record/calendar-snapshot.js';
import { CalendarSnapshotRepository } from '../booking-record/calendar-snapshot.repository.js';
import type { ExpertCalendar } from '../booking-record/expert-calendar.js';
import type { ExpertRecord } from '../booking-record/expert.record.js';
import { localToInstantNormalised } from '../booking-record/helsinki-time.util.js';
import { BOOKING_RULES, type BookingRules } from '../settings/consultation-type-rules.provider.js';
import type { Slot } from './slot.domain.js';
import type { SlotView } from './slot.view.js';

/**
 * The experts' calendars as the slot search reads them at an instant, with what has been worked out
 * from them so far: each searched day's free times and their views. Lives as long as the calendars
 * stay the same — the database's calendar version unmoved, the same Finnish day, no hold lapsed.
 */
export interface SearchCalendars {
  /** Every expert of every pool, in name order. */
  experts: readonly ExpertRecord[];
  calendarOf: ReadonlyMap<string, ExpertCalendar>;
  daySlots: Map<string, readonly Slot[]>;
  views: WeakMap<Slot, SlotView>;
  /** The last answer to each search, by its query, with the first free time it starts from. */
  answers: Map<string, { first: Slot | undefined; views: SlotView[] }>;
}

interface Kept {
  version: bigint;
  today: string;
  experts: readonly ExpertSnapshot[];
  at: (SearchCalendars & { validFrom: number; validUntil: number }) | null;
}

/**
 * The calendars of every expert the consultation types draw from, over the days any type can offer,
 * kept between searches. Each search first asks the database for its calendar version (raised at the
 * commit of any change to experts, availability, exceptions, bookings or holds, by this instance or
 * any other); the calendars are read again, in one statement, whenever it has moved or the day has
 * changed. Holds are kept with their lapse time, so a hold stops blocking at the instant it lapses
 * without a write. A search inside a transaction (which could see its own uncommitted changes) reads
 * afresh and keeps nothing.
 */
@Injectable()
export class SlotCalendars {
  private kept: Kept | null = null;
  private loading: Promise<Kept> | null = null;
  private readonly kinds: string[];
  private readonly days: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly snapshots: CalendarSnapshotRepository,
    @Inject(BOOKING_RULES) rules: BookingRules,
  ) {
    const types = Object.values(rules.types);
    this.kinds = [...new Set(types.flatMap((rule) => rule.participants.flat()))];
    this.days = Math.max(0, ...types.map((rule) => rule.horizonDays));
  }

  async at(now: Date, manager: EntityManager = this.dataSource.manager): Promise<SearchCalendars> {
    const today = finnishDate(now);
    if (manager !== this.dataSource.manager) return derive((await this.read(manager, today)).experts, now);
    const version = BigInt(await this.snapshots.version(manager));
    let kept = this.kept;
    if (!kept || kept.today !== today || kept.version < version) {
      kept = this.loading ? await this.loading : null;
      if (!kept || kept.today !== today || kept.version < version) kept = await this.load(today);
    }
    if (!kept.at || now.getTime() < kept.at.validFrom || now.getTime() >= kept.at.validUntil) kept.at = derive(kept.experts, now);
    return kept.at;
  }

  /** Reads the calendars, one read at a time; keeps them unless newer ones are kept already. */
  private async load(today: string): Promise<Kept> {
    const loading = this.read(this.dataSource.manager, today).then((read) => {
      const kept = this.kept;
      if (!kept || kept.today !== read.today || kept.version < read.version) this.kept = read;
      return read;
    });
    this.loading = loading;
    try {
      return await loading;
    } finally {
      if (this.loading === loading) this.loading = null;
    }
  }

  private async read(manager: EntityManager, today: string): Promise<Kept> {
    const snapshot = await this.snapshots.snapshot(manager, this.kinds as ExpertSnapshot['expert']['kind'][], {
      from: localToInstantNormalised(today, 0),
      to: localToInstantNormalised(addCalendarDays(today, this.days + 1), 0),
    });
    return { version: BigInt(snapshot.version), today, experts: snapshot.experts, at: null };
  }
}

function derive(experts: readonly ExpertSnapshot[], now: Date): SearchCalendars & { validFrom: number; validUntil: number } {
  const { calendars, validFrom, validUntil } = calendarsAt(experts, now);
  return {
    experts: experts.map((snapshot) => snapshot.expert),
    calendarOf: new Map(calendars.map((calendar) => [calendar.expertId, calendar])),
    daySlots: new Map(),
    views: new WeakMap(),
    answers: new Map(),
    validFrom,
    validUntil,
  };
}
