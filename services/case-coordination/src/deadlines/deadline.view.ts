import type { DeadlineKind } from './case-deadline.entity.js';
import type { deadlineStatus } from './statutory-deadlines.domain.js';

/** A statutory deadline of a case, with its status today (a Finnish date). */
export interface DeadlineView {
  deadlineId: string;
  caseId: string;
  childName: string | null;
  kind: DeadlineKind;
  dueOn: string;
  status: ReturnType<typeof deadlineStatus>;
  overdue: boolean;
  /** Met after its due day. */
  late: boolean;
}
