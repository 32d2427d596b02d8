import { caseAudience, type CaseReader } from '@yhdessa/access';
import { ageOn } from '@yhdessa/calendar';

export interface AccessReportRules {
  /**
   * From this age the young person reads the report in their own right: from 15 a child may use
   * their own voice in their child-welfare matters beside the guardian's (Child Welfare Act 417/2007,
   * 21 §), the same age from which they give consent here. Younger, the guardians ask for them.
   */
  youngPersonAge: number;
  /** A guardian's authority ends when the child comes of age, and their reading of the report with it. */
  majorityAge: number;
}

export const accessReportRules: AccessReportRules = { youngPersonAge: 15, majorityAge: 18 };

/**
 * Who is told who has processed the child's data (Act on client data 703/2023): the guardians on the
 * care team while the child is a minor, the young person from `youngPersonAge`, and the responsible
 * social worker, who answers for the case and the family's questions about it. Nobody else, however
 * they take part in the case. Without a date of birth, the guardians read it and the child does not
 * (their age cannot be checked).
 */
export function mayReadAccessReport(
  reader: Pick<CaseReader, 'agency' | 'participation'>,
  childDateOfBirth: string | null,
  today: string,
  rules: AccessReportRules = accessReportRules,
): boolean {
  switch (caseAudience(reader)) {
    case 'responsible-worker':
      return true;
    case 'guardian':
      return childDateOfBirth === null || ageOn(childDateOfBirth, today) < rules.majorityAge;
    case 'child':
      return childDateOfBirth !== null && ageOn(childDateOfBirth, today) >= rules.youngPersonAge;
    default:
      return false;
  }
}
