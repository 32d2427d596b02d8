import type { ConstraintErrors } from '@yhdessa/platform';
import { BookingError, BookingErrorCode } from '../booking/booking.error.js';
import { ExpertError, ExpertErrorCode } from '../expert/expert.error.js';

/**
 * The rules this service's migrations keep with a constraint, by name, and the answer a request gets
 * that breaks one; a constraint missing here is a 500. A new booking's lost race is answered by the
 * booking service itself, with the next free times; this covers a move onto a taken time.
 */
export const consultationBookingConstraintErrors: ConstraintErrors = {
  booking_participant_no_overlap: () => new BookingError(BookingErrorCode.SlotTaken, 'The time was taken.'),
  expert_one_per_user: () => new ExpertError(ExpertErrorCode.AlreadyRegistered, 'This person is already an expert.'),
};
