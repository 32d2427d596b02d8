import { DomainError } from '@yhdessa/platform';

export enum PlanExportErrorCode {
  /** The plan has no version in force yet (none signed by every party): there is nothing to export. */
  NotInForce = 'plan_not_in_force',
}

const status: Record<PlanExportErrorCode, number> = {
  [PlanExportErrorCode.NotInForce]: 404,
};

export class PlanExportError extends DomainError<PlanExportErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
