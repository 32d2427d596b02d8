import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { caseOfPlanOpenSql } from '../plan-record/case-closure.sql.js';
import type { SignOffReminderView } from './sign-off-reminder.view.schema.js';

@Injectable()
export class SignOffReminderService {
  constructor(private readonly dataSource: DataSource) {}

  /** Reminders of rounds still under way on open cases that the person has not answered, the soonest ending first. */
  async mine(userId: string): Promise<SignOffReminderView[]> {
    const rows: { case_id: string; version: number; round: number; expires_at: Date; reminded_at: Date }[] =
      await this.dataSource.query(
        `SELECT p.case_id, r.version, r.round, r.expires_at, r.reminded_at
           FROM plan_sign_off_reminder r
           JOIN plan p ON p.plan_id = r.plan_id
           JOIN plan_version v ON v.plan_id = r.plan_id AND v.version = r.version
          WHERE r.user_id = $1 AND v.status = 'signing' AND v.round = r.round AND ${caseOfPlanOpenSql('p')}
            AND NOT EXISTS (SELECT 1 FROM plan_signature s
                             WHERE s.plan_id = r.plan_id AND s.version = r.version AND s.round = r.round AND s.user_id = r.user_id)
          ORDER BY r.expires_at, p.case_id LIMIT 100`,
        [userId],
      );
    return rows.map((row) => ({
      caseId: row.case_id,
      version: row.version,
      round: row.round,
      expiresAt: row.expires_at.toISOString(),
      remindedAt: row.reminded_at.toISOString(),
    }));
  }
}
