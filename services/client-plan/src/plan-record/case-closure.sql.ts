/**
 * SQL: the case of the plan row aliased `planAlias` is not closed, as case-coordination's `CaseClosed`
 * and `CaseReopened` have told (`plan_case_closure`). A closed case's plan asks nobody for anything.
 */
export const caseOfPlanOpenSql = (planAlias: string): string =>
  `NOT EXISTS (SELECT 1 FROM plan_case_closure closure WHERE closure.case_id = ${planAlias}.case_id AND closure.closed)`;
