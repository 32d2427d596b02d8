import { Injectable } from '@nestjs/common';
import { Access, Granted, type ResourceAccess } from '@yhdessa/access';
import type { AuthenticatedUser } from '@yhdessa/auth';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import type { ExpertRecord } from '../booking-record/expert.record.js';
import { ExpertRepository } from '../booking-record/expert.repository.js';
import { mayManageExpert } from './expert.domain.js';
import { ExpertError, ExpertErrorCode } from './expert.error.js';

const expertId = z.uuid();

/** An expert's availability and calendar: theirs, and a service manager's to keep; the id is the route's `:expertId`. */
@Injectable()
export class ExpertAccessPolicy implements ResourceAccess<'manage', ExpertRecord> {
  readonly param = 'expertId';

  constructor(
    private readonly dataSource: DataSource,
    private readonly experts: ExpertRepository,
  ) {}

  async grant(id: string, caller: AuthenticatedUser): Promise<ExpertRecord | null> {
    if (!expertId.safeParse(id).success) return null;
    const [expert] = await this.experts.byIds(this.dataSource.manager, [id]);
    return expert && mayManageExpert(expert, caller) ? expert : null;
  }

  refusal(): ExpertError {
    return new ExpertError(ExpertErrorCode.NotFound, 'No such expert.');
  }
}

/** Only the expert themself or a service manager; anyone else gets 404 `expert_not_found`. */
export const ExpertAccess = (): MethodDecorator => Access(ExpertAccessPolicy, 'manage');

export const CurrentExpert = (): ParameterDecorator => Granted(ExpertAccessPolicy);
