import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { CurrentUser, RequireRoles, type AuthenticatedUser } from '@yhdessa/auth';
import { AuditedRead } from '@yhdessa/audit';
import { Returns, UuidParam, ZodBody, ZodQuery } from '@yhdessa/platform';
import { z } from 'zod';
import type { ExpertRecord } from '../booking-record/expert.record.js';
import { CurrentExpert, ExpertAccess } from '../expert/expert-access.policy.js';
import { BookingAccess, CurrentBooking } from './booking-access.policy.js';
import {
  bookAnonymousCommand,
  calendarQuery,
  cancelBookingCommand,
  holdSlotCommand,
  recordOutcomeCommand,
  rescheduleBookingCommand,
  type BookAnonymousCommand,
  type CalendarQuery,
  type CancelBookingCommand,
  type HoldSlotCommand,
  type RecordOutcomeCommand,
  type RescheduleBookingCommand,
} from './booking.commands.js';
import { BookingService, type HoldView } from './booking.service.js';
import type { BookingRow, BookingView } from './booking.view.js';
import { bookingViewSchema } from './booking.view.schema.js';

const holdViewSchema = z
  .object({ holdId: z.uuid(), expiresAt: z.iso.datetime({ offset: true }), booking: bookingViewSchema })
  .meta({ id: 'Hold' });

/** Professionals who book consultations. */
const bookers = [
  'teacher',
  'special-needs-teacher',
  'school-social-worker',
  'cp-social-worker',
  'systemic-clinician',
  'team-coordinator',
  'psychiatry-clinician',
  'liaison-nurse',
] as const;

/** Which cases a list of bookings is about, for the audit: the named ones'. */
const casesOf = ({ result }: { result: unknown }) =>
  (result as BookingView[] | BookingView | undefined) === undefined
    ? []
    : ([result].flat() as BookingView[]).flatMap((booking) => (booking.caseId ? [booking.caseId] : []));

@Controller()
export class BookingController {
  constructor(private readonly bookings: BookingService) {}

  /** Holds a free slot while the form is filled in (it lapses after the configured time). */
  @Post('holds')
  @RequireRoles(...bookers)
  @Returns(holdViewSchema)
  hold(@ZodBody(holdSlotCommand) command: HoldSlotCommand, @CurrentUser() caller: AuthenticatedUser): Promise<HoldView> {
    return this.bookings.hold(command, caller);
  }

  /**
   * Lets go of one's own hold at once (the booker went back, chose another time or left the page):
   * 204, also when it was let go already; 404 `hold_not_found` for one unknown or someone else's,
   * 409 `hold_expired` once it has lapsed and 409 `hold_already_booked` once it is a booking.
   */
  @Delete('holds/:holdId')
  @HttpCode(204)
  @RequireRoles(...bookers)
  release(@UuidParam('holdId') holdId: string, @CurrentUser() caller: AuthenticatedUser): Promise<void> {
    return this.bookings.releaseHold(holdId, caller);
  }

  /** An anonymous consultation: age band, school, concern and a few words, nothing that names the child. */
  @Post('bookings')
  @RequireRoles(...bookers)
  @Returns(bookingViewSchema)
  book(
    @ZodBody(bookAnonymousCommand) command: BookAnonymousCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<BookingView> {
    return this.bookings.bookAnonymous(command, caller);
  }

  @Get('bookings/mine')
  @AuditedRead({ resource: 'consultation', informationClass: 'shared-plan', purpose: 'consultation', caseIds: casesOf })
  @Returns(z.array(bookingViewSchema))
  mine(@CurrentUser() caller: AuthenticatedUser): Promise<BookingView[]> {
    return this.bookings.mine(caller);
  }

  @Get('bookings/:bookingId')
  @BookingAccess()
  @AuditedRead({ resource: 'consultation', informationClass: 'shared-plan', purpose: 'consultation', caseIds: casesOf })
  @Returns(bookingViewSchema)
  one(@UuidParam('bookingId') _bookingId: string, @CurrentBooking() booking: BookingRow): Promise<BookingView> {
    return this.bookings.one(booking);
  }

  @Post('bookings/:bookingId/cancel')
  @HttpCode(200)
  @BookingAccess()
  @Returns(bookingViewSchema)
  cancel(
    @UuidParam('bookingId') bookingId: string,
    @ZodBody(cancelBookingCommand) command: CancelBookingCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<BookingView> {
    return this.bookings.cancel(bookingId, command, caller);
  }

  @Post('bookings/:bookingId/reschedule')
  @HttpCode(200)
  @BookingAccess()
  @Returns(bookingViewSchema)
  reschedule(
    @UuidParam('bookingId') bookingId: string,
    @ZodBody(rescheduleBookingCommand) command: RescheduleBookingCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<BookingView> {
    return this.bookings.reschedule(bookingId, command, caller);
  }

  @Post('bookings/:bookingId/no-show')
  @HttpCode(200)
  @BookingAccess()
  @Returns(bookingViewSchema)
  noShow(@UuidParam('bookingId') bookingId: string, @CurrentUser() caller: AuthenticatedUser): Promise<BookingView> {
    return this.bookings.markNoShow(bookingId, caller);
  }

  /** The attending expert records the outcome: advice, the school's notification, or a referral. */
  @Post('bookings/:bookingId/outcome')
  @HttpCode(200)
  @BookingAccess()
  @Returns(bookingViewSchema)
  outcome(
    @UuidParam('bookingId') bookingId: string,
    @ZodBody(recordOutcomeCommand) command: RecordOutcomeCommand,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<BookingView> {
    return this.bookings.recordOutcome(bookingId, command, caller);
  }

  /** The expert's calendar between two local days: bookings and live holds. */
  @Get('experts/:expertId/calendar')
  @ExpertAccess()
  @AuditedRead({ resource: 'consultation-calendar', informationClass: 'shared-plan', purpose: 'consultation', caseIds: casesOf })
  @Returns(z.array(bookingViewSchema))
  calendar(
    @UuidParam('expertId') _expertId: string,
    @CurrentExpert() expert: ExpertRecord,
    @ZodQuery(calendarQuery) query: CalendarQuery,
  ): Promise<BookingView[]> {
    return this.bookings.calendar(expert, query);
  }
}
