import { DomainError } from '@yhdessa/platform';

export enum ConsentErrorCode {
  GiverNotEntitled = 'consent_giver_not_entitled',
  RecorderNotEntitled = 'consent_recorder_not_entitled',
  WithdrawerNotEntitled = 'consent_withdrawer_not_entitled',
  YoungPersonUnder15 = 'young_person_under_15',
  AgeUnknown = 'young_person_age_unknown',
  PeriodInvalid = 'consent_period_invalid',
  AlreadyGiven = 'consent_already_given',
  NotFound = 'consent_not_found',
  AlreadyWithdrawn = 'consent_already_withdrawn',
}

const status: Record<ConsentErrorCode, number> = {
  [ConsentErrorCode.GiverNotEntitled]: 403,
  [ConsentErrorCode.RecorderNotEntitled]: 403,
  [ConsentErrorCode.WithdrawerNotEntitled]: 403,
  [ConsentErrorCode.YoungPersonUnder15]: 403,
  [ConsentErrorCode.AgeUnknown]: 409,
  [ConsentErrorCode.PeriodInvalid]: 400,
  [ConsentErrorCode.AlreadyGiven]: 409,
  [ConsentErrorCode.NotFound]: 404,
  [ConsentErrorCode.AlreadyWithdrawn]: 409,
};

export class ConsentError extends DomainError<ConsentErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
