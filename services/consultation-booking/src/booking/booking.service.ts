import { Inject, Injectable } from '@nestjs/common';
import { caseSight, type CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { AuditLog } from '@yhdessa/audit';
import { CareTeamAccess } from '@yhdessa/care-team';
import { ConsentAccess, type ConsentAgency } from '@yhdessa/consent';
import type { ConsultationType } from '@yhdessa/contracts';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, constraintViolationOf, finnishDate, newId } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CalendarRepository } from '../booking-record/calendar.repository.js';
import type { ExpertRecord } from '../booking-record/expert.record.js';
import { ExpertRepository } from '../booking-record/expert.repository.js';
import { BOOKING_RULES, type BookingRules } from '../settings/consultation-type-rules.provider.js';
import { addCalendarDays } from '@yhdessa/calendar';
import { localToInstantNormalised } from '../booking-record/helsinki-time.util.js';
import { SlotService } from '../slot/slot.service.js';
import type {
  BookAnonymousCommand,
  BookNamedCommand,
  CalendarQuery,
  CancelBookingCommand,
  HoldSlotCommand,
  RecordOutcomeCommand,
  RescheduleBookingCommand,
} from './booking.commands.js';
import {
  decideChange,
  decideDisclosure,
  decideOutcome,
  decideRelease,
  decideSlot,
  refuseIdentifyingText,
  type ChangeAction,
} from './booking.domain.js';
import { BookingError, BookingErrorCode } from './booking.error.js';
import { BookingRepository } from './booking.repository.js';
import { toBookingView, topicClass, type BookingRow, type BookingView } from './booking.view.js';
import { SlotClaims } from './slot-claims.store.js';

/** How long a direct booking claims its slot in Redis while its transaction runs. */
const DIRECT_CLAIM_MS = 10_000;

export interface HoldView {
  holdId: string;
  expiresAt: string;
  booking: BookingView;
}

type Details = { ageBand: string; school: string; concernCategory: string; description: string } | { description: string };

@Injectable()
export class BookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly experts: ExpertRepository,
    private readonly calendars: CalendarRepository,
    private readonly slots: SlotService,
    private readonly claims: SlotClaims,
    private readonly events: EventPublisher,
    private readonly careTeam: CareTeamAccess,
    private readonly consents: ConsentAccess,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    @Inject(BOOKING_RULES) private readonly rules: BookingRules,
  ) {}

  /** Holds a slot while the booker fills in the form: it counts as busy for everyone else until it lapses. */
  async hold(command: HoldSlotCommand, caller: AuthenticatedUser): Promise<HoldView> {
    const holdId = newId();
    const start = new Date(command.startsAt);
    const ttlMs = this.rules.holdSeconds * 1000;
    const row = await this.takeSlot(
      command.consultationType,
      start,
      command.expertIds,
      holdId,
      ttlMs,
      async (manager, decision) => {
        const expiresAt = new Date(this.clock.now().getTime() + ttlMs);
        await this.bookings.insert(
          manager,
          {
            bookingId: holdId,
            consultationType: command.consultationType,
            status: 'held',
            startsAt: decision.startsAt,
            endsAt: decision.endsAt,
            holdExpiresAt: expiresAt,
            caseId: null,
            legalBasis: null,
            details: null,
            booker: this.booker(caller),
            bookedAt: this.clock.now(),
          },
          { expertIds: command.expertIds, blocked: decision.blocked },
        );
      },
    );
    return { holdId, expiresAt: row.hold_expires_at!.toISOString(), booking: toBookingView(row) };
  }

  /**
   * Lets go of the caller's hold (they went back, chose another time or left): the held row is released
   * and its time freed in one transaction, then the Redis claim removed, so the time is free for everyone
   * at once instead of when the hold would lapse. A hold makes no event, and neither does letting it go.
   */
  async releaseHold(holdId: string, caller: AuthenticatedUser): Promise<void> {
    const hold = await this.dataSource.transaction(async (manager) => {
      const row = await this.bookings.lock(manager, holdId);
      if (!row) throw new BookingError(BookingErrorCode.HoldNotFound, 'No such hold of yours.');
      const decision = decideRelease({
        status: row.status,
        holdExpiresAt: row.hold_expires_at,
        now: this.clock.now(),
        callerIsBooker: row.booker_user_id === caller.userId,
      });
      if (decision === 'release') await this.bookings.release(manager, holdId);
      return row;
    });
    const expertIds = hold.experts.map((expert) => expert.expertId);
    await this.claims.release(SlotClaims.keys(expertIds, hold.starts_at), holdId);
  }

  /** An anonymous consultation: nothing entered may name the child. */
  async bookAnonymous(command: BookAnonymousCommand, caller: AuthenticatedUser): Promise<BookingView> {
    refuseIdentifyingText({ school: command.anonymous.school, description: command.anonymous.description });
    const row = await this.book(command, caller, { caseId: null, legalBasis: null, details: command.anonymous });
    return toBookingView(row);
  }

  /** A consultation about a child on a case: each expert's agency must be one the family's consent or the law lets know. */
  async bookNamed(caseId: string, command: BookNamedCommand, caller: AuthenticatedUser): Promise<BookingView> {
    const experts = await this.experts.byIds(this.dataSource.manager, command.expertIds);
    const today = finnishDate(this.clock.now());
    decideDisclosure({
      bookerAgency: caller.agency,
      legalBasis: command.legalBasis,
      experts: await Promise.all(
        experts.map(async (expert) => ({
          agency: expert.agency,
          onCareTeam: await this.careTeam.isMember(caseId, expert.userId),
          consentedClasses: await this.consents.classesOpenedTo(caseId, expert.agency as ConsentAgency, today),
        })),
      ),
    });
    const row = await this.book(command, caller, {
      caseId,
      legalBasis: command.legalBasis ?? null,
      details: { description: command.topic },
    });
    return toBookingView(row);
  }

  async cancel(bookingId: string, command: CancelBookingCommand, caller: AuthenticatedUser): Promise<BookingView> {
    return this.change(bookingId, caller, 'cancel', async (manager, booking, by) => {
      await manager.query(`UPDATE booking SET status = 'cancelled', change_reason = $2 WHERE booking_id = $1`, [
        bookingId,
        command.reason,
      ]);
      await this.bookings.freeTime(manager, bookingId);
      await this.events.append(
        manager,
        'ConsultationCancelled.v1',
        booking.case_id ?? bookingId,
        { bookingId, by, kind: 'cancelled', startsAt: booking.starts_at.toISOString() },
        caller.actor,
      );
    });
  }

  async markNoShow(bookingId: string, caller: AuthenticatedUser): Promise<BookingView> {
    return this.change(bookingId, caller, 'no-show', async (manager, booking, by) => {
      await manager.query(`UPDATE booking SET status = 'no-show' WHERE booking_id = $1`, [bookingId]);
      await this.events.append(
        manager,
        'ConsultationCancelled.v1',
        booking.case_id ?? bookingId,
        { bookingId, by, kind: 'no-show', startsAt: booking.starts_at.toISOString() },
        caller.actor,
      );
    });
  }

  /** Moves a booking with the same experts: the new time is taken and the old freed in one transaction. */
  async reschedule(bookingId: string, command: RescheduleBookingCommand, caller: AuthenticatedUser): Promise<BookingView> {
    const start = new Date(command.startsAt);
    return this.change(bookingId, caller, 'reschedule', async (manager, booking, by) => {
      const expertIds = booking.experts.map((expert) => expert.expertId);
      const decision = await this.decide(manager, booking.consultation_type, start, expertIds, bookingId);
      await manager.query('UPDATE booking SET starts_at = $2, ends_at = $3, change_reason = $4 WHERE booking_id = $1', [
        bookingId,
        decision.startsAt,
        decision.endsAt,
        command.reason,
      ]);
      await this.bookings.placeParticipants(manager, bookingId, { expertIds, blocked: decision.blocked });
      await this.events.append(
        manager,
        'ConsultationRescheduled.v1',
        booking.case_id ?? bookingId,
        {
          bookingId,
          by,
          from: { startsAt: booking.starts_at.toISOString(), endsAt: booking.ends_at.toISOString() },
          to: { startsAt: decision.startsAt.toISOString(), endsAt: decision.endsAt.toISOString() },
        },
        caller.actor,
      );
    });
  }

  /** The expert records what the consultation ended with; a notification or referral goes on to child protection's intake. */
  async recordOutcome(bookingId: string, command: RecordOutcomeCommand, caller: AuthenticatedUser): Promise<BookingView> {
    return this.change(bookingId, caller, 'conclude', async (manager, booking) => {
      const anonymous = booking.case_id === null;
      decideOutcome(command.outcome, command.summary, anonymous);
      const now = this.clock.now();
      await manager.query(
        `UPDATE booking SET status = 'concluded', outcome = $2, outcome_summary = $3, concluded_at = $4 WHERE booking_id = $1`,
        [bookingId, command.outcome, command.summary ?? null, now],
      );
      await this.events.append(
        manager,
        'ConsultationConcluded.v1',
        booking.case_id ?? bookingId,
        {
          bookingId,
          consultationType: booking.consultation_type,
          anonymous,
          outcome: command.outcome,
          concludedAt: now.toISOString(),
          referral:
            command.outcome === 'advice'
              ? null
              : {
                  notifier: { userId: booking.booker_user_id, displayName: booking.booker_name, agency: booking.booker_agency },
                  school: booking.school,
                  ageBand: booking.age_band,
                  concernCategory: booking.concern_category,
                  summary: command.summary!,
                },
        },
        caller.actor,
      );
    });
  }

  /** One booking, for its booker and its experts. */
  async one(booking: BookingRow): Promise<BookingView> {
    return toBookingView(booking);
  }

  async mine(caller: AuthenticatedUser): Promise<BookingView[]> {
    return (await this.bookings.ofUser(this.dataSource.manager, caller.userId)).map((row) => toBookingView(row));
  }

  /**
   * A case's consultations, the topic and what the expert said only to readers who see its class; each
   * class shown beyond the shared plan (the route's own record) is audited as read too.
   */
  async ofCase(caseId: string, reader: CaseReader, caller: AuthenticatedUser): Promise<BookingView[]> {
    const sight = caseSight(reader);
    const rows = await this.bookings.ofCase(this.dataSource.manager, caseId);
    const views = rows.map((row) => toBookingView(row, sight.classes.has(topicClass[row.consultation_type])));
    const shown = new Set(
      rows.flatMap((row, index) =>
        views[index]!.topic !== null || views[index]!.outcome?.summary ? [topicClass[row.consultation_type]] : [],
      ),
    );
    shown.delete('shared-plan');
    await this.audit.recordAll(
      [...shown].map((informationClass) => ({
        actor: caller.actor,
        action: 'read' as const,
        caseId,
        resource: 'consultation',
        informationClass,
        purpose: 'care-team-work' as const,
        actorDisplayName: caller.displayName,
      })),
    );
    return views;
  }

  /** An expert's week (or any run of local days): bookings and live holds. */
  async calendar(expert: ExpertRecord, query: CalendarQuery): Promise<BookingView[]> {
    const rows = await this.bookings.ofExpert(
      this.dataSource.manager,
      expert.expertId,
      localToInstantNormalised(query.from, 0),
      localToInstantNormalised(addCalendarDays(query.to, 1), 0),
      this.clock.now(),
    );
    return rows.map((row) => toBookingView(row));
  }

  private booker(caller: AuthenticatedUser) {
    return { userId: caller.userId, displayName: caller.displayName, agency: caller.agency };
  }

  /** Confirms the caller's hold with the form's details, or takes a free slot at once. */
  private async book(
    command: HoldSlotCommand & { holdId?: string },
    caller: AuthenticatedUser,
    what: { caseId: string | null; legalBasis: string | null; details: Details },
  ): Promise<BookingRow> {
    if (command.holdId) return this.confirmHold(command.holdId, command, caller, what);
    const bookingId = newId();
    const start = new Date(command.startsAt);
    return this.takeSlot(
      command.consultationType,
      start,
      command.expertIds,
      bookingId,
      DIRECT_CLAIM_MS,
      async (manager, decision) => {
        await this.bookings.insert(
          manager,
          {
            bookingId,
            consultationType: command.consultationType,
            status: 'confirmed',
            startsAt: decision.startsAt,
            endsAt: decision.endsAt,
            holdExpiresAt: null,
            caseId: what.caseId,
            legalBasis: what.legalBasis,
            details: what.details,
            booker: this.booker(caller),
            bookedAt: this.clock.now(),
          },
          { expertIds: command.expertIds, blocked: decision.blocked },
        );
        await this.appendBooked(manager, bookingId, caller);
      },
      true,
    );
  }

  private async confirmHold(
    holdId: string,
    command: HoldSlotCommand,
    caller: AuthenticatedUser,
    what: { caseId: string | null; legalBasis: string | null; details: Details },
  ): Promise<BookingRow> {
    const row = await this.dataSource.transaction(async (manager) => {
      const hold = await this.bookings.lock(manager, holdId);
      const sameSlot =
        hold !== null &&
        hold.booker_user_id === caller.userId &&
        hold.consultation_type === command.consultationType &&
        hold.starts_at.getTime() === new Date(command.startsAt).getTime() &&
        [...hold.experts.map((expert) => expert.expertId)].sort().join() === [...command.expertIds].sort().join();
      if (!sameSlot || (hold.status !== 'held' && hold.status !== 'expired')) {
        throw new BookingError(BookingErrorCode.HoldNotFound, 'No such hold of yours on this slot.');
      }
      if (hold.status === 'expired' || hold.hold_expires_at!.getTime() <= this.clock.now().getTime()) {
        throw new BookingError(BookingErrorCode.HoldExpired, 'The hold lapsed; choose the time again.');
      }
      const details = what.details;
      await manager.query(
        `UPDATE booking SET status = 'confirmed', hold_expires_at = NULL, case_id = $2, legal_basis = $3, age_band = $4, school = $5,
                concern_category = $6, description = $7, booked_at = $8
         WHERE booking_id = $1`,
        [
          holdId,
          what.caseId,
          what.legalBasis,
          'ageBand' in details ? details.ageBand : null,
          'school' in details ? details.school : null,
          'concernCategory' in details ? details.concernCategory : null,
          details.description,
          this.clock.now(),
        ],
      );
      await this.appendBooked(manager, holdId, caller);
      return (await this.bookings.byId(manager, holdId))!;
    });
    await this.claims.release(SlotClaims.keys(command.expertIds, new Date(command.startsAt)), holdId);
    return row;
  }

  private async appendBooked(manager: EntityManager, bookingId: string, caller: AuthenticatedUser): Promise<void> {
    const booking = (await this.bookings.byId(manager, bookingId))!;
    await this.events.append(
      manager,
      'ConsultationBooked.v1',
      booking.case_id ?? bookingId,
      {
        bookingId,
        consultationType: booking.consultation_type,
        anonymous: booking.case_id === null,
        startsAt: booking.starts_at.toISOString(),
        endsAt: booking.ends_at.toISOString(),
        experts: booking.experts.map((expert) => ({ expertId: expert.expertId, userId: expert.userId, kind: expert.kind })),
      },
      caller.actor,
    );
  }

  /**
   * Takes a slot for a new booking row: a Redis claim first (a lost race answers at once), then, in one
   * transaction, lapsed holds let go, the rules asked and the rows written. Whatever got past both, the
   * exclusion constraint refuses an overlap: a lost race is 409 `slot_taken` with the next free times.
   */
  private async takeSlot(
    type: ConsultationType,
    start: Date,
    expertIds: readonly string[],
    owner: string,
    claimMs: number,
    write: (manager: EntityManager, decision: ReturnType<typeof decideSlot>) => Promise<void>,
    releaseAfter = false,
  ): Promise<BookingRow> {
    const keys = SlotClaims.keys(expertIds, start);
    if ((await this.claims.claim(keys, owner, this.clock.now(), claimMs)) === 'taken') throw await this.lostRace(type, start);
    try {
      const row = await this.dataSource.transaction(async (manager) => {
        const decision = await this.decide(manager, type, start, expertIds);
        await write(manager, decision);
        return (await this.bookings.byId(manager, owner))!;
      });
      if (releaseAfter) await this.claims.release(keys, owner);
      return row;
    } catch (error) {
      await this.claims.release(keys, owner);
      if (constraintViolationOf(error)?.constraint === 'booking_participant_no_overlap') throw await this.lostRace(type, start);
      if (error instanceof BookingError && error.code === BookingErrorCode.SlotTaken) throw await this.lostRace(type, start);
      throw error;
    }
  }

  private async decide(
    manager: EntityManager,
    type: ConsultationType,
    start: Date,
    expertIds: readonly string[],
    except?: string,
  ) {
    const experts = await this.experts.byIds(manager, expertIds);
    if (experts.length !== new Set(expertIds).size) {
      throw new BookingError(BookingErrorCode.ExpertsDoNotMatchType, 'An expert given is not known.');
    }
    const now = this.clock.now();
    await this.bookings.expireLapsedHolds(manager, expertIds, now);
    const day = finnishDate(start);
    const calendars = await this.calendars.calendars(manager, experts, {
      from: localToInstantNormalised(day, 0),
      to: localToInstantNormalised(addCalendarDays(day, 1), 0),
      now,
      except,
    });
    return decideSlot({ rule: this.rules.types[type], experts: calendars, start, now });
  }

  private async lostRace(type: ConsultationType, start: Date): Promise<BookingError> {
    const nextFree = await this.slots.nextFree(type, start);
    return new BookingError(BookingErrorCode.SlotTaken, 'The time was taken; here are the next free times.', { nextFree });
  }

  private async change(
    bookingId: string,
    caller: AuthenticatedUser,
    action: ChangeAction,
    apply: (manager: EntityManager, booking: BookingRow, by: 'booker' | 'expert') => Promise<void>,
  ): Promise<BookingView> {
    return this.dataSource.transaction(async (manager) => {
      const booking = await this.bookings.lock(manager, bookingId);
      if (!booking) throw new BookingError(BookingErrorCode.NotFound, 'No such booking.');
      const by = decideChange({
        action,
        status: booking.status,
        startsAt: booking.starts_at,
        now: this.clock.now(),
        callerIsBooker: booking.booker_user_id === caller.userId,
        callerIsExpert: booking.experts.some((expert) => expert.userId === caller.userId),
      });
      await apply(manager, booking, by);
      return toBookingView((await this.bookings.byId(manager, bookingId))!);
    });
  }
}
