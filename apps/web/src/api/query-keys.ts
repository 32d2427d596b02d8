/**
 * Every server-state query's key. A case's queries all start with `['case', caseId]` and the signed-in
 * user's own lists with `['mine']`, so a live notice about a case refreshes exactly what may show it.
 */
export const queryKeys = {
  me: ['me'] as const,
  mine: ['mine'] as const,
  myCases: ['mine', 'cases'] as const,
  myDeadlines: ['mine', 'deadlines'] as const,
  myTasks: ['mine', 'tasks'] as const,
  case: (caseId: string) => ['case', caseId] as const,
  caseDetail: (caseId: string) => ['case', caseId, 'detail'] as const,
  caseCareTeam: (caseId: string) => ['case', caseId, 'care-team'] as const,
  caseConsents: (caseId: string) => ['case', caseId, 'consents'] as const,
  caseDeadlines: (caseId: string) => ['case', caseId, 'deadlines'] as const,
  caseTimeline: (caseId: string) => ['case', caseId, 'timeline'] as const,
  caseAccessReport: (caseId: string) => ['case', caseId, 'access-report'] as const,
};
