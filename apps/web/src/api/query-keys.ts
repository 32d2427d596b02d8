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
  myTeams: ['mine', 'teams'] as const,
  case: (caseId: string) => ['case', caseId] as const,
  caseDetail: (caseId: string) => ['case', caseId, 'detail'] as const,
  caseCareTeam: (caseId: string) => ['case', caseId, 'care-team'] as const,
  caseConsents: (caseId: string) => ['case', caseId, 'consents'] as const,
  caseDeadlines: (caseId: string) => ['case', caseId, 'deadlines'] as const,
  caseTimeline: (caseId: string) => ['case', caseId, 'timeline'] as const,
  caseAccessReport: (caseId: string) => ['case', caseId, 'access-report'] as const,
  /** The assessment service's reads of a case: its assessments, one assessment, its matrix, one's own contribution. */
  caseAssessments: (caseId: string) => ['case', caseId, 'assessments'] as const,
  assessment: (caseId: string, assessmentId: string) => ['case', caseId, 'assessments', assessmentId] as const,
  /** The assessment frames an assessment can start on (no client data). */
  assessmentFrames: ['assessment-frames'] as const,
  /** Consultations booked about a named case. */
  caseBookings: (caseId: string) => ['case', caseId, 'bookings'] as const,
  /** The signed-in user's invitations to give a view, their own bookings, their plan actions. */
  myInvitations: ['mine', 'invitations'] as const,
  myBookings: ['mine', 'bookings'] as const,
  myActions: ['mine', 'actions'] as const,
  /** The user's reminders to sign a client plan whose sign-off round is ending. */
  mySignOffReminders: ['mine', 'sign-off-reminders'] as const,
  /** One consultation the user booked or attends (under their own bookings, so their refresh reaches it). */
  myBooking: (bookingId: string) => ['mine', 'bookings', bookingId] as const,
  /** Free times of a consultation type over some local days (no one's data). */
  freeSlots: (consultationType: string, from: string, to: string) => ['slots', consultationType, from, to] as const,
  /** The experts of a pool (no client data); one expert's free times, under the type's so a refresh of those reaches them. */
  experts: (pool: string) => ['experts', pool] as const,
  expertFreeSlots: (consultationType: string, expertId: string, from: string, to: string) =>
    ['slots', consultationType, from, to, expertId] as const,
  /** Child protection's intake: notifications and referrals from consultations waiting for a case. */
  intake: ['intake'] as const,
  /** An expert's calendar for one week (no case data in anonymous bookings). */
  expertCalendar: (expertId: string, weekStart: string) => ['expert', expertId, 'calendar', weekStart] as const,
  /** An expert's weekly windows and dated exceptions. */
  expertAvailability: (expertId: string) => ['expert', expertId, 'availability'] as const,
  /** The signed-in user's expert record (none for those who are not experts), and their reminders of consultations coming up. */
  myExpert: ['mine', 'expert'] as const,
  myReminders: ['mine', 'reminders'] as const,
  /** A systemic team's own reads (who is on it, its meetings, its cases' deadlines), and one meeting's minutes. */
  team: (teamId: string) => ['team', teamId] as const,
  teamDetail: (teamId: string) => ['team', teamId, 'detail'] as const,
  teamMeetings: (teamId: string) => ['team', teamId, 'meetings'] as const,
  teamDeadlines: (teamId: string) => ['team', teamId, 'deadlines'] as const,
  meeting: (meetingId: string) => ['meeting', meetingId] as const,
  /** The service manager's counts of caseloads and overdue deadlines (no case's data, so no live notice names it). */
  caseloadOverview: ['caseload', 'overview'] as const,
  /** One worker's open cases against the statutory limit (counts only), as a handover shows them. */
  workerCaseload: (userId: string) => ['caseload', 'worker', userId] as const,
  /** Professionals found by name in the people directory (optionally holders of one role). */
  people: (typed: string, role?: string) => ['people', typed, role ?? ''] as const,
};
