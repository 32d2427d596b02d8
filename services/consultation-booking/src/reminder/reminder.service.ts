import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import type { ConsultationType } from '@yhdessa/contracts';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { helsinkiIso } from '../booking-record/helsinki-time.util.js';
import { dueReminder, reminderHorizonMinutes, reminderRecipients, type ReminderLead } from './reminder.domain.js';
import type { ReminderView } from './reminder.view.schema.js';

@Injectable()
export class ReminderService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Makes the reminders due at `now` for confirmed consultations starting within the longest lead:
   * one per booking, person, lead and start time, inserted once (the unique key decides between
   * instances and repeated runs). Answers how many were new.
   */
  async sweep(now: Date): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const coming: Array<{ booking_id: string; starts_at: Date; booker_user_id: string; experts: string[] }> =
        await manager.query(
          `SELECT b.booking_id, b.starts_at, b.booker_user_id, array_agg(e.user_id ORDER BY e.user_id) AS experts
             FROM booking b
             JOIN booking_participant p ON p.booking_id = b.booking_id
             JOIN expert e ON e.expert_id = p.expert_id
            WHERE b.status = 'confirmed' AND b.starts_at > $1 AND b.starts_at <= $1::timestamptz + make_interval(mins => $2)
            GROUP BY b.booking_id`,
          [now, reminderHorizonMinutes],
        );
      const rows: Array<[string, string, string, string, ReminderLead, Date, Date, Date]> = [];
      for (const booking of coming) {
        const due = dueReminder(booking.starts_at, now);
        if (!due) continue;
        for (const recipient of reminderRecipients(booking.booker_user_id, booking.experts)) {
          rows.push([newId(), booking.booking_id, recipient.userId, recipient.role, due.lead, booking.starts_at, due.dueAt, now]);
        }
      }
      if (rows.length === 0) return 0;
      const column = (index: number) => rows.map((row) => row[index]);
      const inserted: unknown[] = await manager.query(
        `INSERT INTO consultation_reminder (reminder_id, booking_id, recipient_user_id, recipient_role, lead, starts_at, due_at, created_at)
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::timestamptz[])
         ON CONFLICT ON CONSTRAINT consultation_reminder_once DO NOTHING
         RETURNING reminder_id`,
        [column(0), column(1), column(2), column(3), column(4), column(5), column(6), column(7)],
      );
      return inserted.length;
    });
  }

  /**
   * The reader's reminders of consultations not yet over, the latest lead of each, soonest first. A
   * consultation cancelled or moved since shows none (the moved one its own once due again).
   */
  async mine(caller: AuthenticatedUser): Promise<ReminderView[]> {
    const rows: Array<{
      reminder_id: string;
      booking_id: string;
      consultation_type: ConsultationType;
      starts_at: Date;
      ends_at: Date;
      lead: ReminderLead;
      recipient_role: 'booker' | 'expert';
    }> = await this.dataSource.query(
      `SELECT * FROM (
         SELECT DISTINCT ON (b.booking_id) r.reminder_id, b.booking_id, b.consultation_type, b.starts_at, b.ends_at, r.lead, r.recipient_role
           FROM consultation_reminder r JOIN booking b ON b.booking_id = r.booking_id
          WHERE r.recipient_user_id = $1 AND b.status = 'confirmed' AND b.starts_at = r.starts_at AND b.ends_at > $2
          ORDER BY b.booking_id, r.due_at DESC
       ) latest ORDER BY starts_at, booking_id`,
      [caller.userId, this.clock.now()],
    );
    return rows.map((row) => ({
      reminderId: row.reminder_id,
      bookingId: row.booking_id,
      consultationType: row.consultation_type,
      startsAt: helsinkiIso(row.starts_at),
      endsAt: helsinkiIso(row.ends_at),
      lead: row.lead,
      role: row.recipient_role,
    }));
  }
}
