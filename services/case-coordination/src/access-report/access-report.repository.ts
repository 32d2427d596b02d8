import { Injectable } from '@nestjs/common';
import type { AccessRecordedV1, Envelope } from '@yhdessa/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { AccessReportEntry } from './access-report.view.js';

interface EntryRow {
  record_id: string;
  accessed_at: Date;
  service: string;
  actor_user_id: string;
  actor_display_name: string | null;
  actor_agency: AccessReportEntry['actor']['agency'];
  actor_role: AccessReportEntry['actor']['role'];
  action: AccessReportEntry['action'];
  information_class: AccessReportEntry['informationClass'];
  resource: string;
  purpose: AccessReportEntry['purpose'];
  disclosed_to_agency: AccessReportEntry['disclosedToAgency'];
}

/** Each case's access report: one row per audit record of any service, the record id its key. */
@Injectable()
export class AccessReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Adds the record once: the same record again (a re-sent or replayed event) changes nothing. */
  async add(manager: EntityManager, event: Envelope<AccessRecordedV1>): Promise<void> {
    const { payload, actor } = event;
    await manager.query(
      `INSERT INTO access_report_entry (record_id, case_id, accessed_at, service, actor_user_id, actor_display_name, actor_agency,
         actor_role, action, information_class, resource, purpose, disclosed_to_agency)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (record_id) DO NOTHING`,
      [
        payload.recordId,
        event.caseId,
        payload.accessedAt,
        payload.service,
        actor.userId,
        payload.actorDisplayName,
        actor.agency,
        actor.role,
        payload.action,
        payload.informationClass,
        payload.resource,
        payload.purpose,
        payload.disclosedToAgency,
      ],
    );
  }

  /** Up to `limit` entries of the case, newest first, after the entry `before` (the last of the page before) when given. */
  async page(caseId: string, limit: number, before?: string): Promise<AccessReportEntry[]> {
    const after =
      before === undefined
        ? ''
        : 'AND (accessed_at, record_id) < (SELECT accessed_at, record_id FROM access_report_entry WHERE record_id = $3 AND case_id = $1)';
    const rows: EntryRow[] = await this.dataSource.query(
      `SELECT record_id, accessed_at, service, actor_user_id, actor_display_name, actor_agency, actor_role, action, information_class,
         resource, purpose, disclosed_to_agency
       FROM access_report_entry WHERE case_id = $1 ${after}
       ORDER BY accessed_at DESC, record_id DESC LIMIT $2`,
      before === undefined ? [caseId, limit] : [caseId, limit, before],
    );
    return rows.map((row) => ({
      recordId: row.record_id,
      accessedAt: row.accessed_at.toISOString(),
      service: row.service,
      actor: { userId: row.actor_user_id, displayName: row.actor_display_name, agency: row.actor_agency, role: row.actor_role },
      action: row.action,
      informationClass: row.information_class,
      resource: row.resource,
      purpose: row.purpose,
      disclosedToAgency: row.disclosed_to_agency,
    }));
  }
}
