import { DomainError } from '@yhdessa/platform';

export enum SynthesisErrorCode {
  VersionConflict = 'synthesis_version_conflict',
  DisagreementNotKept = 'synthesis_disagreement_not_kept',
  FamilySummaryMissing = 'synthesis_family_summary_missing',
  NoViews = 'assessment_has_no_views',
}

const status: Record<SynthesisErrorCode, number> = {
  [SynthesisErrorCode.VersionConflict]: 409,
  [SynthesisErrorCode.DisagreementNotKept]: 409,
  [SynthesisErrorCode.FamilySummaryMissing]: 409,
  [SynthesisErrorCode.NoViews]: 409,
};

export class SynthesisError extends DomainError<SynthesisErrorCode> {
  get status(): number {
    return status[this.code];
  }
}
