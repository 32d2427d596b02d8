import { Injectable } from '@nestjs/common';
import { Access, Granted, type ResourceAccess } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { BookingError, BookingErrorCode } from './booking.error.js';
import { BookingRepository } from './booking.repository.js';
import type { BookingRow } from './booking.view.js';

const bookingId = z.uuid();

/** A booking is its booker's and its experts' to see and change; the id is the route's `:bookingId`. */
@Injectable()
export class BookingAccessPolicy implements ResourceAccess<'party', BookingRow> {
  readonly param = 'bookingId';

  constructor(
    private readonly dataSource: DataSource,
    private readonly bookings: BookingRepository,
  ) {}

  async grant(id: string, caller: AuthenticatedUser): Promise<BookingRow | null> {
    if (!bookingId.safeParse(id).success) return null;
    const booking = await this.bookings.byId(this.dataSource.manager, id);
    if (!booking || booking.status === 'expired' || booking.status === 'released') return null;
    const party = booking.booker_user_id === caller.userId || booking.experts.some((expert) => expert.userId === caller.userId);
    return party ? booking : null;
  }

  refusal(): BookingError {
    return new BookingError(BookingErrorCode.NotFound, 'No such booking.');
  }
}

/** Only the booker and the booking's experts; anyone else gets 404 `booking_not_found`. */
export const BookingAccess = (): MethodDecorator => Access(BookingAccessPolicy, 'party');

export const CurrentBooking = (): ParameterDecorator => Granted(BookingAccessPolicy);
