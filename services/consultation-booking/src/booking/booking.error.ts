import { DomainError } from '@yhdessa/platform';

export enum BookingErrorCode {
  NotFound = 'booking_not_found',
  SlotInPast = 'slot_in_past',
  InsideLeadTime = 'inside_lead_time',
  BeyondHorizon = 'beyond_horizon',
  OutsideAvailability = 'outside_availability',
  DailyMaximumReached = 'daily_maximum_reached',
  SlotTaken = 'slot_taken',
  ExpertsDoNotMatchType = 'experts_do_not_match_type',
  HoldNotFound = 'hold_not_found',
  HoldExpired = 'hold_expired',
  HoldAlreadyBooked = 'hold_already_booked',
  IdentifyingDetailRefused = 'identifying_detail_refused',
  ConsentOrLegalBasisRequired = 'consent_or_legal_basis_required',
  NotChangeable = 'booking_not_changeable',
  NotYetHeld = 'consultation_not_yet_held',
  NotAttendingExpert = 'not_attending_expert',
  OutcomeSummaryRequired = 'outcome_summary_required',
  AlreadyNamed = 'consultation_already_named',
  NamingGroundNotMet = 'naming_ground_not_met',
}

const status: Record<BookingErrorCode, number> = {
  [BookingErrorCode.NotFound]: 404,
  [BookingErrorCode.SlotInPast]: 422,
  [BookingErrorCode.InsideLeadTime]: 422,
  [BookingErrorCode.BeyondHorizon]: 422,
  [BookingErrorCode.OutsideAvailability]: 422,
  [BookingErrorCode.DailyMaximumReached]: 409,
  [BookingErrorCode.SlotTaken]: 409,
  [BookingErrorCode.ExpertsDoNotMatchType]: 400,
  [BookingErrorCode.HoldNotFound]: 404,
  [BookingErrorCode.HoldExpired]: 409,
  [BookingErrorCode.HoldAlreadyBooked]: 409,
  [BookingErrorCode.IdentifyingDetailRefused]: 400,
  [BookingErrorCode.ConsentOrLegalBasisRequired]: 403,
  [BookingErrorCode.NotChangeable]: 409,
  [BookingErrorCode.NotYetHeld]: 409,
  [BookingErrorCode.NotAttendingExpert]: 403,
  [BookingErrorCode.OutcomeSummaryRequired]: 400,
  [BookingErrorCode.AlreadyNamed]: 409,
  [BookingErrorCode.NamingGroundNotMet]: 409,
};

export class BookingError extends DomainError<BookingErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
