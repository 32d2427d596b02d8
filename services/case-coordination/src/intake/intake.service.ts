import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { Clock } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import { CaseService } from '../case/case.service.js';
import type { CaseView } from '../case/case.view.js';
import type { OpenFromIntakeCommand } from './intake.commands.js';
import { caseFromIntake, type IntakeItem } from './intake.domain.js';
import { IntakeError, IntakeErrorCode } from './intake.error.js';

interface IntakeRow {
  item_id: string;
  booking_id: string;
  kind: IntakeItem['kind'];
  consultation_type: string;
  received_at: Date;
  notifier_user_id: string;
  notifier_name: string;
  notifier_agency: string;
  school: string | null;
  age_band: string | null;
  concern_category: string | null;
  summary: string;
  case_id: string | null;
}

const toItem = (row: IntakeRow): IntakeItem => ({
  itemId: row.item_id,
  bookingId: row.booking_id,
  kind: row.kind,
  consultationType: row.consultation_type,
  receivedAt: row.received_at.toISOString(),
  notifier: { userId: row.notifier_user_id, displayName: row.notifier_name, agency: row.notifier_agency },
  school: row.school,
  ageBand: row.age_band,
  concernCategory: row.concern_category,
  summary: row.summary,
  caseId: row.case_id,
});

@Injectable()
export class IntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseService,
    private readonly clock: Clock,
  ) {}

  /** What waits for intake, oldest first (the law's clocks have been running since each arrived). */
  async waiting(): Promise<IntakeItem[]> {
    const rows: IntakeRow[] = await this.dataSource.query(
      'SELECT * FROM consultation_intake WHERE case_id IS NULL ORDER BY received_at, item_id',
    );
    return rows.map(toItem);
  }

  /** Opens the child's case from the item in one step: the item is linked to it in the same transaction, once. */
  async openCase(itemId: string, command: OpenFromIntakeCommand, caller: AuthenticatedUser): Promise<CaseView> {
    const [row]: IntakeRow[] = await this.dataSource.query('SELECT * FROM consultation_intake WHERE item_id = $1', [itemId]);
    if (!row) throw new IntakeError(IntakeErrorCode.NotFound, 'No such item in intake.');
    if (row.case_id) throw new IntakeError(IntakeErrorCode.AlreadyOpened, 'A case has been opened from this item already.');
    return this.cases.open(caseFromIntake(toItem(row), command), caller, async (manager, caseId) => {
      const [, linked]: [unknown, number] = await manager.query(
        'UPDATE consultation_intake SET case_id = $2, opened_at = $3 WHERE item_id = $1 AND case_id IS NULL',
        [itemId, caseId, this.clock.now()],
      );
      if (linked === 0) throw new IntakeError(IntakeErrorCode.AlreadyOpened, 'A case has been opened from this item already.');
    });
  }
}
