import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { toExpertRecord, type ExpertRecord, type ExpertRow } from './expert.record.js';

const columns = 'expert_id, user_id, display_name, agency, kind';

/** Reads of experts that several features share. */
@Injectable()
export class ExpertRepository {
  async byIds(manager: EntityManager, expertIds: readonly string[]): Promise<ExpertRecord[]> {
    const rows: ExpertRow[] = await manager.query(
      `SELECT ${columns} FROM expert WHERE expert_id = ANY($1::uuid[]) ORDER BY expert_id`,
      [expertIds],
    );
    return rows.map(toExpertRecord);
  }

  async byUser(manager: EntityManager, userId: string): Promise<ExpertRecord | null> {
    const rows: ExpertRow[] = await manager.query(`SELECT ${columns} FROM expert WHERE user_id = $1`, [userId]);
    return rows[0] ? toExpertRecord(rows[0]) : null;
  }
}
