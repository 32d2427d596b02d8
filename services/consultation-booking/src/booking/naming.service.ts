import { Injectable } from '@nestjs/common';
import { caseSight, type CaseReader } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { ConsentAccess, type ConsentAgency } from '@yhdessa/consent';
import { EventPublisher } from '@yhdessa/messaging';
import { Clock, finnishDate } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import type { NameConsultationCommand } from './booking.commands.js';
import { BookingError, BookingErrorCode } from './booking.error.js';
import { BookingRepository } from './booking.repository.js';
import { toBookingView, topicClass, type BookingView } from './booking.view.js';
import { decideNaming } from './naming.domain.js';

/** The step by which an anonymous consultation becomes one about the child of a case, recorded and published as one. */
@Injectable()
export class NamingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
    private readonly consents: ConsentAccess,
    private readonly events: EventPublisher,
    private readonly clock: Clock,
  ) {}

  async name(
    caseId: string,
    command: NameConsultationCommand,
    caller: AuthenticatedUser,
    reader: CaseReader,
  ): Promise<BookingView> {
    const today = finnishDate(this.clock.now());
    const consentedTo = (agency: string) =>
      agency === 'child-protection' ? Promise.resolve([]) : this.consents.classesOpenedTo(caseId, agency as ConsentAgency, today);
    const row = await this.dataSource.transaction(async (manager) => {
      const booking = await this.bookings.lock(manager, command.bookingId);
      if (!booking) throw new BookingError(BookingErrorCode.NotFound, 'No such booking.');
      const agencies = [...new Set([booking.booker_agency, ...booking.experts.map((expert) => expert.agency)])];
      decideNaming({
        ground: command.ground,
        caseId: booking.case_id,
        status: booking.status,
        outcome: booking.outcome,
        callerTookPart:
          booking.booker_user_id === caller.userId || booking.experts.some((expert) => expert.userId === caller.userId),
        callerAgency: caller.agency,
        parties: await Promise.all(agencies.map(async (agency) => ({ agency, consentedClasses: await consentedTo(agency) }))),
      });
      const now = this.clock.now();
      await manager.query(
        `UPDATE booking SET case_id = $2, named_ground = $3, named_by_user_id = $4, named_by_agency = $5, named_at = $6
         WHERE booking_id = $1`,
        [booking.booking_id, caseId, command.ground, caller.userId, caller.agency, now],
      );
      await this.events.append(
        manager,
        'ConsultationNamed.v1',
        caseId,
        {
          bookingId: booking.booking_id,
          consultationType: booking.consultation_type,
          ground: command.ground,
          namedBy: { userId: caller.userId, agency: caller.agency },
          namedAt: now.toISOString(),
        },
        caller.actor,
      );
      return (await this.bookings.byId(manager, booking.booking_id))!;
    });
    return toBookingView(row, caseSight(reader).classes.has(topicClass[row.consultation_type]));
  }
}
