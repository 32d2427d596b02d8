import { Link, useParams } from 'react-router';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { offersAccessReport } from '../access-report/access-report-link.util.js';
import { isNotFound } from '../api/api-problem.js';
import { handoverStanding } from '../handover/handover.util.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../session/current-user.context.js';
import { FamilyCasePage } from '../family/family-case.page.js';
import { isFamilyMember } from '../family/family.util.js';
import { CaseAssessmentsSection } from '../assessment/case-assessments.section.js';
import { CareTeamSection } from './care-team.section.js';
import { CaseDeadlinesSection } from './case-deadlines.section.js';
import { CaseHeader } from './case-header.js';
import { useCase, useCasePageReads } from './case.queries.js';
import { ChildSection } from './child.section.js';
import { ConsentsSection, type ConsentRole } from './consents.section.js';
import { NotificationSection } from './notification.section.js';
import { ResponsibleWorkerSection } from './responsible-worker.section.js';
import { TimelineSection } from './timeline.section.js';

/**
 * One child's case as this reader may see it. A case the service does not show the reader — whether
 * it exists or not — is the ordinary "not found" page; each part shows only what its read returns.
 */
export function CasePage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const me = useCurrentUser();
  const kase = useCase(caseId);
  useCasePageReads(caseId, !isFamilyMember(me));
  usePageTitle(kase.isSuccess ? (kase.data.child?.name ?? t('casePage.titleFallback')) : null);
  // The family read their own case in plain words, on a page of its own.
  if (isFamilyMember(me)) return <FamilyCasePage caseId={caseId} />;
  if (kase.isPending) return <LoadingState />;
  if (kase.isError)
    return isNotFound(kase.error) ? <NotFoundPage /> : <ProblemNotice error={kase.error} onRetry={() => void kase.refetch()} />;
  return (
    <>
      <CaseHeader kase={kase.data} />
      {offersAccessReport(
        me,
        {
          responsibleWorkerId: kase.data.responsibleWorker?.userId ?? null,
          childDateOfBirth: kase.data.child?.dateOfBirth ?? null,
        },
        new Date(),
      ) && (
        <Paragraph mb="m">
          <RouterLink asComponent={Link} to={`/cases/${caseId}/access-report`}>
            {t('accessReport.link')}
          </RouterLink>
        </Paragraph>
      )}
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to={`/cases/${caseId}/plan`}>
          {t('plan.link')}
        </RouterLink>
      </Paragraph>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to={`/cases/${caseId}/consultations`}>
          {t('caseConsultations.link')}
        </RouterLink>
      </Paragraph>
      <div className="page-grid">
        <CaseDeadlinesSection
          caseId={caseId}
          decides={
            kase.data.status === 'open' &&
            kase.data.responsibleWorker?.userId === me.userId &&
            me.roles.includes('cp-social-worker')
          }
        />
        <ChildSection kase={kase.data} />
        <ResponsibleWorkerSection
          kase={kase.data}
          handsOver={kase.data.status === 'open' && handoverStanding(me, kase.data) !== null}
        />
        <NotificationSection kase={kase.data} />
        <CareTeamSection
          caseId={caseId}
          removes={kase.data.status === 'open' && me.roles.includes('cp-social-worker')}
          responsibleWorkerId={kase.data.responsibleWorker?.userId}
        />
        <ConsentsSection caseId={caseId} kase={kase.data} role={consentRole(me.roles)} />
        <CaseAssessmentsSection
          caseId={caseId}
          starts={
            kase.data.status === 'open' &&
            kase.data.responsibleWorker?.userId === me.userId &&
            me.roles.includes('cp-social-worker')
          }
        />
        <TimelineSection caseId={caseId} />
      </div>
    </>
  );
}

/** Social workers record the family's consents; guardians and the child give their own. */
function consentRole(roles: readonly string[]): ConsentRole {
  if (roles.includes('cp-social-worker')) return 'record';
  if (roles.includes('guardian') || roles.includes('child')) return 'own';
  return null;
}
