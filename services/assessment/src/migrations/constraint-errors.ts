import type { ConstraintErrors } from '@yhdessa/platform';
import { AssessmentError, AssessmentErrorCode } from '../assessment-record/assessment.error.js';
import { FrameError, FrameErrorCode } from '../frame/frame.error.js';

/** The rules this service's migrations keep with a unique constraint, and the answer to a request that breaks one. */
export const assessmentConstraintErrors: ConstraintErrors = {
  assessment_invitation_one_per_user: () => new AssessmentError(AssessmentErrorCode.InviteeTwice, 'Each person is invited once.'),
  assessment_frame_key_version: () =>
    new FrameError(FrameErrorCode.VersionTaken, 'Another version of this frame was saved at the same time; try again.'),
};
