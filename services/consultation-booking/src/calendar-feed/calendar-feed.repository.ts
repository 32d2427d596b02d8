import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FeedBooking } from './calendar-feed.domain.js';

/** Feed tokens (their hashes) and the bookings an expert's feed shows. */
@Injectable()
export class CalendarFeedRepository {
  /** Sets the expert's token hash, replacing any earlier one. */
  async rotate(manager: EntityManager, expertId: string, tokenHash: Buffer, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO calendar_feed (expert_id, token_hash, rotated_at) VALUES ($1, $2, $3)
       ON CONFLICT (expert_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, rotated_at = EXCLUDED.rotated_at`,
      [expertId, tokenHash, at],
    );
  }

  async expertOfToken(manager: EntityManager, tokenHash: Buffer): Promise<string | null> {
    const rows: Array<{ expert_id: string }> = await manager.query('SELECT expert_id FROM calendar_feed WHERE token_hash = $1', [
      tokenHash,
    ]);
    return rows[0]?.expert_id ?? null;
  }

  /** The expert's booked consultations from `since` on (holds and expired holds never show). */
  async bookings(manager: EntityManager, expertId: string, since: Date): Promise<FeedBooking[]> {
    const rows: Array<{
      booking_id: string;
      consultation_type: FeedBooking['consultationType'];
      status: FeedBooking['status'];
      starts_at: Date;
      ends_at: Date;
    }> = await manager.query(
      `SELECT b.booking_id, b.consultation_type, b.status, b.starts_at, b.ends_at
       FROM booking b JOIN booking_participant p ON p.booking_id = b.booking_id
       WHERE p.expert_id = $1 AND b.status IN ('confirmed', 'cancelled', 'no-show', 'concluded') AND b.ends_at >= $2
       ORDER BY b.starts_at, b.booking_id`,
      [expertId, since],
    );
    return rows.map((row) => ({
      bookingId: row.booking_id,
      consultationType: row.consultation_type,
      status: row.status,
      startsAt: row.starts_at,
      endsAt: row.ends_at,
    }));
  }
}
