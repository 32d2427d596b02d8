import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BookingRow } from './booking.view.js';

const selectBookings = `
  SELECT b.booking_id, b.consultation_type, b.status, b.starts_at, b.ends_at, b.hold_expires_at, b.case_id, b.age_band, b.school,
         b.concern_category, b.description, b.booker_user_id, b.booker_name, b.booker_agency, b.outcome, b.outcome_summary,
         b.concluded_at, b.named_ground, b.named_at,
         (SELECT coalesce(json_agg(json_build_object('expertId', e.expert_id, 'userId', e.user_id, 'displayName', e.display_name,
                                                    'kind', e.kind, 'agency', e.agency) ORDER BY e.kind, e.expert_id), '[]')
            FROM booking_participant p JOIN expert e ON e.expert_id = p.expert_id WHERE p.booking_id = b.booking_id) AS experts
  FROM booking b`;

/** Bookings with their experts, as the booking feature reads and locks them. */
@Injectable()
export class BookingRepository {
  /** The booking, its row locked until the transaction ends. */
  async lock(manager: EntityManager, bookingId: string): Promise<BookingRow | null> {
    await manager.query('SELECT 1 FROM booking WHERE booking_id = $1 FOR UPDATE', [bookingId]);
    return this.byId(manager, bookingId);
  }

  async byId(manager: EntityManager, bookingId: string): Promise<BookingRow | null> {
    const rows: BookingRow[] = await manager.query(`${selectBookings} WHERE b.booking_id = $1`, [bookingId]);
    return rows[0] ?? null;
  }

  async ofCase(manager: EntityManager, caseId: string): Promise<BookingRow[]> {
    return manager.query(
      `${selectBookings} WHERE b.case_id = $1 AND b.status NOT IN ('expired', 'held', 'released') ORDER BY b.starts_at`,
      [caseId],
    );
  }

  /** The caller's consultations: booked by them or attended by them as an expert. */
  async ofUser(manager: EntityManager, userId: string): Promise<BookingRow[]> {
    return manager.query(
      `${selectBookings}
       WHERE b.status NOT IN ('expired', 'held', 'released')
         AND (b.booker_user_id = $1 OR EXISTS (SELECT 1 FROM booking_participant p JOIN expert e ON e.expert_id = p.expert_id
                                               WHERE p.booking_id = b.booking_id AND e.user_id = $1))
       ORDER BY b.starts_at`,
      [userId],
    );
  }

  /** An expert's bookings and live holds overlapping two instants: their calendar. */
  async ofExpert(manager: EntityManager, expertId: string, from: Date, to: Date, now: Date): Promise<BookingRow[]> {
    return manager.query(
      `${selectBookings}
       WHERE EXISTS (SELECT 1 FROM booking_participant p WHERE p.booking_id = b.booking_id AND p.expert_id = $1)
         AND b.starts_at < $3 AND b.ends_at > $2
         AND (b.status IN ('confirmed', 'no-show', 'concluded') OR (b.status = 'held' AND b.hold_expires_at > $4))
       ORDER BY b.starts_at`,
      [expertId, from, to, now],
    );
  }

  /**
   * Lets go of the experts' holds that have lapsed, so their time is free again: the rows stay, as
   * expired. Locks them in id order first, so two bookings doing this at once wait, not deadlock.
   */
  async expireLapsedHolds(manager: EntityManager, expertIds: readonly string[], now: Date): Promise<void> {
    await manager.query(
      `WITH lapsed AS (
         SELECT b.booking_id FROM booking b
         WHERE b.status = 'held' AND b.hold_expires_at <= $2
           AND EXISTS (SELECT 1 FROM booking_participant p WHERE p.booking_id = b.booking_id AND p.expert_id = ANY($1::uuid[]))
         ORDER BY b.booking_id FOR UPDATE
       ), expired AS (
         UPDATE booking b SET status = 'expired', hold_expires_at = NULL FROM lapsed WHERE b.booking_id = lapsed.booking_id
         RETURNING b.booking_id
       )
       UPDATE booking_participant p SET blocking = false FROM expired WHERE p.booking_id = expired.booking_id`,
      [expertIds, now],
    );
  }

  async insert(
    manager: EntityManager,
    booking: {
      bookingId: string;
      consultationType: string;
      status: 'held' | 'confirmed';
      startsAt: Date;
      endsAt: Date;
      holdExpiresAt: Date | null;
      caseId: string | null;
      legalBasis: string | null;
      details: { ageBand: string; school: string; concernCategory: string; description: string } | { description: string } | null;
      booker: { userId: string; displayName: string; agency: string };
      bookedAt: Date;
    },
    participants: { expertIds: readonly string[]; blocked: { start: Date; end: Date } },
  ): Promise<void> {
    const details = booking.details ?? { description: null };
    await manager.query(
      `INSERT INTO booking (booking_id, consultation_type, status, starts_at, ends_at, hold_expires_at, case_id, legal_basis, age_band,
                            school, concern_category, description, booker_user_id, booker_name, booker_agency, booked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        booking.bookingId,
        booking.consultationType,
        booking.status,
        booking.startsAt,
        booking.endsAt,
        booking.holdExpiresAt,
        booking.caseId,
        booking.legalBasis,
        'ageBand' in details ? details.ageBand : null,
        'school' in details ? details.school : null,
        'concernCategory' in details ? details.concernCategory : null,
        details.description,
        booking.booker.userId,
        booking.booker.displayName,
        booking.booker.agency,
        booking.bookedAt,
      ],
    );
    await this.placeParticipants(manager, booking.bookingId, participants);
  }

  /** The experts' rows of a booking, blocking the time given (replacing any earlier ones). */
  async placeParticipants(
    manager: EntityManager,
    bookingId: string,
    participants: { expertIds: readonly string[]; blocked: { start: Date; end: Date } },
  ): Promise<void> {
    await manager.query('DELETE FROM booking_participant WHERE booking_id = $1', [bookingId]);
    await manager.query(
      `INSERT INTO booking_participant (booking_id, expert_id, blocked, blocking)
       SELECT $1, expert_id, tstzrange($3, $4, '[)'), true FROM unnest($2::uuid[]) AS expert_id ORDER BY expert_id`,
      [bookingId, [...participants.expertIds].sort(), participants.blocked.start, participants.blocked.end],
    );
  }

  /** The booker lets go of a live hold: its time is free again at once, the row stays as released. */
  async release(manager: EntityManager, holdId: string): Promise<void> {
    await manager.query(`UPDATE booking SET status = 'released', hold_expires_at = NULL WHERE booking_id = $1`, [holdId]);
    await this.freeTime(manager, holdId);
  }

  async freeTime(manager: EntityManager, bookingId: string): Promise<void> {
    await manager.query('UPDATE booking_participant SET blocking = false WHERE booking_id = $1', [bookingId]);
  }
}
