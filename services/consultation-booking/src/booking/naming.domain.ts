import type { ConsultationOutcome, NamingGround } from '@yhdessa/contracts';
import type { BookingStatus } from './booking.domain.js';
import { BookingError, BookingErrorCode } from './booking.error.js';

/** Whoever took part in the consultation, as the naming rule weighs them. */
export interface NamingParty {
  agency: string;
  /** Classes of the child's information the family's consents in force on the case open to this agency. */
  consentedClasses: readonly string[];
}

/**
 * Whether an anonymous consultation may become one about the child of a case, and on what ground:
 * - `guardian-consent`: the family has consented to sharing with every agency that took part in it
 *   (the booker's and each expert's), child protection's own aside, since the case is its own;
 * - `notification-required`: the consultation ended with a child-welfare notification or a referral,
 *   which the law requires child protection to receive about the named child.
 * Only a consultation still anonymous, booked or concluded (not cancelled, not missed) is named, and only
 * by one who took part in it or by child protection, whose case it becomes part of.
 */
export function decideNaming(input: {
  ground: NamingGround;
  caseId: string | null;
  status: BookingStatus;
  outcome: ConsultationOutcome | null;
  callerTookPart: boolean;
  callerAgency: string;
  parties: readonly NamingParty[];
}): void {
  if (!input.callerTookPart && input.callerAgency !== 'child-protection') {
    throw new BookingError(BookingErrorCode.NotFound, 'No such booking.');
  }
  if (input.caseId !== null) {
    throw new BookingError(BookingErrorCode.AlreadyNamed, 'The consultation is already about a named child.');
  }
  if (input.status !== 'confirmed' && input.status !== 'concluded') {
    throw new BookingError(BookingErrorCode.NotChangeable, 'The booking can no longer be changed.');
  }
  if (input.ground === 'notification-required' && input.outcome !== 'notification' && input.outcome !== 'referral') {
    throw new BookingError(
      BookingErrorCode.NamingGroundNotMet,
      'The law requires a notification only once the consultation ended with a notification or a referral.',
    );
  }
  if (
    input.ground === 'guardian-consent' &&
    !input.parties.every((party) => party.agency === 'child-protection' || party.consentedClasses.length > 0)
  ) {
    throw new BookingError(
      BookingErrorCode.ConsentOrLegalBasisRequired,
      'The family has not consented to sharing with every agency that took part in the consultation.',
    );
  }
}
