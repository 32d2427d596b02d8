import type { AssessmentNeedV1 } from '@yhdessa/contracts';
import type { StoredSynthesis } from '../assessment-record/assessment-record.js';
import type { Answers } from '../assessment-record/answers.schema.js';
import type { AddendumView } from '../contribution/contribution.view.js';
import type { Disagreement } from './disagreement.domain.js';

/** One submitted view as a column of the matrix. */
export interface MatrixViewColumn {
  invitationId: string;
  displayName: string;
  agency: string;
  participantKind: string;
  roleInCase: string;
  informationClass: string;
  submittedAt: string;
  recordedBy: { userId: string; displayName: string; how: string } | null;
  answers: Answers;
  addenda: AddendumView[];
}

/** Domain × actor: the views the reader may see, the disagreement on each domain, and (for the lead) the synthesis. */
export interface MatrixView {
  assessmentId: string;
  status: 'open' | 'completed';
  frameVersion: number;
  domains: Array<{ domain: string; disagreement: Disagreement }>;
  views: MatrixViewColumn[];
  synthesis: { version: number; draft: StoredSynthesis | null } | null;
}

export interface CompletedAssessmentView {
  assessmentId: string;
  completedAt: string;
  needs: AssessmentNeedV1[];
}

/** What the guardians and the young person read: the summary in plain language and the needs found. */
export interface FamilyCopyView {
  assessmentId: string;
  completedAt: string;
  familySummary: string;
  childView: Array<{ domain: string; text: string }>;
  needs: Array<{ text: string; domains: string[] }>;
}
