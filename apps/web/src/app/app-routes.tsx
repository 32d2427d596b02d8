import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '../shared/loading-state.js';
import { HomePage } from '../home/home.page.js';
import { NotFoundPage } from '../not-found/not-found.page.js';

// Pages a user may never open are loaded when first opened, keeping the first download small.
const OpenCasePage = lazy(() => import('../open-case/open-case.page.js').then((module) => ({ default: module.OpenCasePage })));
const CasePage = lazy(() => import('../case/case.page.js').then((module) => ({ default: module.CasePage })));
const AccessReportPage = lazy(() =>
  import('../access-report/access-report.page.js').then((module) => ({ default: module.AccessReportPage })),
);
const TeamsPage = lazy(() => import('../meeting/teams.page.js').then((module) => ({ default: module.TeamsPage })));
const TeamPage = lazy(() => import('../meeting/team.page.js').then((module) => ({ default: module.TeamPage })));
const MeetingPage = lazy(() => import('../meeting/meeting.page.js').then((module) => ({ default: module.MeetingPage })));
const HandoverPage = lazy(() => import('../handover/handover.page.js').then((module) => ({ default: module.HandoverPage })));
const CaseloadsPage = lazy(() => import('../caseloads/caseloads.page.js').then((module) => ({ default: module.CaseloadsPage })));
const StartAssessmentPage = lazy(() =>
  import('../assessment/start-assessment.page.js').then((module) => ({ default: module.StartAssessmentPage })),
);
const AssessmentPage = lazy(() =>
  import('../assessment/assessment.page.js').then((module) => ({ default: module.AssessmentPage })),
);
const ContributePage = lazy(() =>
  import('../assessment/contribute.page.js').then((module) => ({ default: module.ContributePage })),
);
const InvitationsPage = lazy(() =>
  import('../assessment/invitations.page.js').then((module) => ({ default: module.InvitationsPage })),
);
const PlanPage = lazy(() => import('../plan/plan.page.js').then((module) => ({ default: module.PlanPage })));
const CaseConsultationsPage = lazy(() =>
  import('../case-booking/case-consultations.page.js').then((module) => ({ default: module.CaseConsultationsPage })),
);
const CaseBookingPage = lazy(() =>
  import('../case-booking/case-booking.page.js').then((module) => ({ default: module.CaseBookingPage })),
);
const PlanEditorPage = lazy(() => import('../plan/plan-editor.page.js').then((module) => ({ default: module.PlanEditorPage })));
const PlanDiffPage = lazy(() => import('../plan/plan-diff.page.js').then((module) => ({ default: module.PlanDiffPage })));
const MyActionsPage = lazy(() =>
  import('../my-actions/my-actions.page.js').then((module) => ({ default: module.MyActionsPage })),
);
const MyConsultationsPage = lazy(() =>
  import('../consultation/my-consultations.page.js').then((module) => ({ default: module.MyConsultationsPage })),
);
const NewConsultationPage = lazy(() =>
  import('../consultation/new-consultation.page.js').then((module) => ({ default: module.NewConsultationPage })),
);
const ConsultationPage = lazy(() =>
  import('../consultation/consultation.page.js').then((module) => ({ default: module.ConsultationPage })),
);
const ExpertCalendarPage = lazy(() =>
  import('../expert-calendar/expert-calendar.page.js').then((module) => ({ default: module.ExpertCalendarPage })),
);
const AvailabilityPage = lazy(() =>
  import('../expert-calendar/availability.page.js').then((module) => ({ default: module.AvailabilityPage })),
);
const IntakePage = lazy(() => import('../intake/intake.page.js').then((module) => ({ default: module.IntakePage })));
const ChildViewPage = lazy(() =>
  import('../child-view/child-view.page.js').then((module) => ({ default: module.ChildViewPage })),
);
const RecordedViewPage = lazy(() =>
  import('../child-view/recorded-view.page.js').then((module) => ({ default: module.RecordedViewPage })),
);
const SynthesisPage = lazy(() => import('../synthesis/synthesis.page.js').then((module) => ({ default: module.SynthesisPage })));
const FamilyCopyPage = lazy(() =>
  import('../assessment-family/family-copy.page.js').then((module) => ({ default: module.FamilyCopyPage })),
);

/** The app's addresses. A new screen is a folder of its own and one line here. */
export function AppRoutes() {
  return (
    <Suspense fallback={<LoadingState />}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/cases/new" element={<OpenCasePage />} />
        <Route path="/cases/:caseId" element={<CasePage />} />
        <Route path="/cases/:caseId/access-report" element={<AccessReportPage />} />
        <Route path="/cases/:caseId/handover" element={<HandoverPage />} />
        <Route path="/cases/:caseId/plan" element={<PlanPage />} />
        <Route path="/cases/:caseId/consultations" element={<CaseConsultationsPage />} />
        <Route path="/cases/:caseId/consultations/new" element={<CaseBookingPage />} />
        <Route path="/cases/:caseId/plan/edit" element={<PlanEditorPage />} />
        <Route path="/cases/:caseId/plan/diff" element={<PlanDiffPage />} />
        <Route path="/actions" element={<MyActionsPage />} />
        <Route path="/teams" element={<TeamsPage />} />
        <Route path="/teams/:teamId" element={<TeamPage />} />
        <Route path="/meetings/:meetingId" element={<MeetingPage />} />
        <Route path="/caseloads" element={<CaseloadsPage />} />
        <Route path="/consultations" element={<MyConsultationsPage />} />
        <Route path="/consultations/new" element={<NewConsultationPage />} />
        <Route path="/consultations/:bookingId" element={<ConsultationPage />} />
        <Route path="/intake" element={<IntakePage />} />
        <Route path="/cases/:caseId/assessments/new" element={<StartAssessmentPage />} />
        <Route path="/cases/:caseId/assessments/:assessmentId" element={<AssessmentPage />} />
        <Route path="/cases/:caseId/assessments/:assessmentId/contribute" element={<ContributePage />} />
        <Route path="/invitations" element={<InvitationsPage />} />
        <Route path="/cases/:caseId/assessments/:assessmentId/my-view" element={<ChildViewPage />} />
        <Route
          path="/cases/:caseId/assessments/:assessmentId/invitations/:invitationId/recorded-view"
          element={<RecordedViewPage />}
        />
        <Route path="/cases/:caseId/assessments/:assessmentId/synthesis" element={<SynthesisPage />} />
        <Route path="/cases/:caseId/assessments/:assessmentId/family-copy" element={<FamilyCopyPage />} />
        <Route path="/calendar" element={<ExpertCalendarPage />} />
        <Route path="/calendar/availability" element={<AvailabilityPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
