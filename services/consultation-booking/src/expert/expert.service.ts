import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { Clock, newId } from '@yhdessa/platform';
import { DataSource } from 'typeorm';
import type { ExpertRecord } from '../booking-record/expert.record.js';
import type { AddExceptionCommand, ListExpertsQuery, RegisterExpertCommand, SetAvailabilityCommand } from './expert.commands.js';
import { agencyOfKind, windowsOverlap } from './expert.domain.js';
import { ExpertError, ExpertErrorCode } from './expert.error.js';
import type { AvailabilityView, ExpertView } from './expert.view.js';

const toView = (expert: ExpertRecord): ExpertView => ({ ...expert });

@Injectable()
export class ExpertService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A service manager registers a professional as an expert of a kind, in their agency's pool. */
  async register(command: RegisterExpertCommand): Promise<ExpertView> {
    const expert: ExpertRecord = { expertId: newId(), ...command, agency: agencyOfKind[command.kind] };
    await this.dataSource.query(
      `INSERT INTO expert (expert_id, user_id, display_name, agency, kind, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [expert.expertId, expert.userId, expert.displayName, expert.agency, expert.kind, this.clock.now()],
    );
    return toView(expert);
  }

  async list(query: ListExpertsQuery): Promise<ExpertView[]> {
    const rows: Array<{
      expert_id: string;
      user_id: string;
      display_name: string;
      agency: ExpertRecord['agency'];
      kind: ExpertRecord['kind'];
    }> = await this.dataSource.query(
      `SELECT expert_id, user_id, display_name, agency, kind FROM expert WHERE $1::text IS NULL OR kind = $1 ORDER BY display_name, expert_id`,
      [query.kind ?? null],
    );
    return rows.map((row) => ({
      expertId: row.expert_id,
      userId: row.user_id,
      displayName: row.display_name,
      agency: row.agency,
      kind: row.kind,
    }));
  }

  /** The caller's own expert record, when they are one. */
  async mine(caller: AuthenticatedUser): Promise<ExpertView> {
    const [row] = (await this.list({})).filter((expert) => expert.userId === caller.userId);
    if (!row) throw new ExpertError(ExpertErrorCode.NotFound, 'You are not registered as an expert.');
    return row;
  }

  async availability(expert: ExpertRecord): Promise<AvailabilityView> {
    const [windows, exceptions] = await Promise.all([
      this.dataSource.query(
        `SELECT weekday, to_char(starts, 'HH24:MI') AS starts, to_char(ends, 'HH24:MI') AS ends
         FROM availability_window WHERE expert_id = $1 ORDER BY weekday, starts`,
        [expert.expertId],
      ),
      this.dataSource.query(
        `SELECT exception_id AS "exceptionId", to_char(on_date, 'YYYY-MM-DD') AS "onDate", to_char(starts, 'HH24:MI') AS starts,
                to_char(ends, 'HH24:MI') AS ends, kind
         FROM availability_exception WHERE expert_id = $1 ORDER BY on_date, starts`,
        [expert.expertId],
      ),
    ]);
    return { expert: toView(expert), windows, exceptions };
  }

  /** Replaces the expert's weekly windows; bookings already made stay. */
  async setAvailability(expert: ExpertRecord, command: SetAvailabilityCommand): Promise<AvailabilityView> {
    if (windowsOverlap(command.windows)) throw new ExpertError(ExpertErrorCode.WindowsOverlap, 'Two windows of one day overlap.');
    await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT 1 FROM expert WHERE expert_id = $1 FOR UPDATE', [expert.expertId]);
      await manager.query('DELETE FROM availability_window WHERE expert_id = $1', [expert.expertId]);
      for (const window of command.windows) {
        await manager.query(
          'INSERT INTO availability_window (window_id, expert_id, weekday, starts, ends) VALUES ($1, $2, $3, $4, $5)',
          [newId(), expert.expertId, window.weekday, window.starts, window.ends],
        );
      }
    });
    return this.availability(expert);
  }

  async addException(expert: ExpertRecord, command: AddExceptionCommand): Promise<AvailabilityView> {
    await this.dataSource.query(
      'INSERT INTO availability_exception (exception_id, expert_id, on_date, starts, ends, kind) VALUES ($1, $2, $3, $4, $5, $6)',
      [newId(), expert.expertId, command.onDate, command.starts, command.ends, command.kind],
    );
    return this.availability(expert);
  }

  async removeException(expert: ExpertRecord, exceptionId: string): Promise<AvailabilityView> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      'DELETE FROM availability_exception WHERE expert_id = $1 AND exception_id = $2',
      [expert.expertId, exceptionId],
    );
    if (count === 0) throw new ExpertError(ExpertErrorCode.ExceptionNotFound, 'No such exception.');
    return this.availability(expert);
  }
}
