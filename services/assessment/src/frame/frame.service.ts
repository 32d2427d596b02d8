import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { Clock } from '@yhdessa/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { defaultFrame, type Frame, type FrameDefinition } from './frame.domain.js';
import { FrameError, FrameErrorCode } from './frame.error.js';

interface FrameRow {
  frame_key: string;
  version: number;
  definition: FrameDefinition;
}

const toFrame = (row: FrameRow): Frame => ({ ...row.definition, key: row.frame_key, version: row.version });

/** The frames assessments use: the default one, and every version of each region's own. */
@Injectable()
export class FrameService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The latest version of every frame, the default first. */
  async latest(): Promise<Frame[]> {
    const rows: FrameRow[] = await this.dataSource.query(
      `SELECT DISTINCT ON (frame_key) frame_key, version, definition FROM assessment_frame ORDER BY frame_key, version DESC`,
    );
    return [defaultFrame, ...rows.map(toFrame)];
  }

  /** A frame by key, its latest version; unknown, 400 for the command that names it. */
  async current(key: string, manager: EntityManager = this.dataSource.manager): Promise<Frame> {
    if (key === defaultFrame.key) return defaultFrame;
    const [row]: FrameRow[] = await manager.query(
      'SELECT frame_key, version, definition FROM assessment_frame WHERE frame_key = $1 ORDER BY version DESC LIMIT 1',
      [key],
    );
    if (!row) throw new FrameError(FrameErrorCode.NotFound, 'No frame by that key.');
    return toFrame(row);
  }

  /** Saves a region's frame as the next version of its key; assessments already started keep the version they have. */
  async define(definition: FrameDefinition, caller: AuthenticatedUser): Promise<Frame> {
    if (definition.key === defaultFrame.key) {
      throw new FrameError(
        FrameErrorCode.DefaultFrameKey,
        'The default frame is part of the platform; give a region frame a key of its own.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const [{ next }]: Array<{ next: number }> = await manager.query(
        'SELECT COALESCE(MAX(version), 0) + 1 AS next FROM assessment_frame WHERE frame_key = $1',
        [definition.key],
      );
      await manager.query(
        'INSERT INTO assessment_frame (frame_key, version, region, definition, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6)',
        [definition.key, next, definition.region, JSON.stringify(definition), this.clock.now(), caller.userId],
      );
      return { ...definition, version: next };
    });
  }
}
