import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { offersAccessReport } from '../access-report/access-report-link.util.js';
import { isNotFound } from '../api/api-problem.js';
import { useCase } from '../case/case.queries.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { FamilyAssessmentsSection } from '../assessment-family/family-assessments.section.js';
import { FamilyConsentsSection } from './family-consents.section.js';
import { FamilyTeamSection } from './family-team.section.js';
import { actsOnOwnConsents } from './family.util.js';
import { NextStepsSection } from './next-steps.section.js';

/**
 * Screen 8: the family's own case, as the service shows it to them, in plain words — what happens next
 * and by when, who works with them, their consents and how to withdraw one, and who has looked at the
 * child's information. A case they may not see is the ordinary not-found page.
 */
export function FamilyCasePage({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const kase = useCase(caseId);
  if (kase.isPending) return <LoadingState />;
  if (kase.isError)
    return isNotFound(kase.error) ? <NotFoundPage /> : <ProblemNotice error={kase.error} onRetry={() => void kase.refetch()} />;
  const { data } = kase;
  const started = data.openedAt ?? data.receivedAt;
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="xs">
        {data.child?.name ?? t('casePage.titleFallback')}
      </Heading>
      <Paragraph className="page-lead" mb="xs">
        {t('family.caseLead')}
      </Paragraph>
      <Paragraph mb="m">
        {data.status === 'closed' && data.closedAt
          ? t('family.caseClosed', { date: formatDate(data.closedAt) })
          : started
            ? t('family.caseOpen', { date: formatDate(started) })
            : null}
      </Paragraph>
      <div className="page-stack">
        <NextStepsSection caseId={caseId} />
        <FamilyAssessmentsSection caseId={caseId} />
        <FamilyTeamSection caseId={caseId} kase={data} />
        <FamilyConsentsSection
          caseId={caseId}
          acts={actsOnOwnConsents(
            me,
            {
              guardianIds: (data.guardians ?? []).map((guardian) => guardian.userId),
              childDateOfBirth: data.child?.dateOfBirth ?? null,
            },
            new Date(),
          )}
        />
        {offersAccessReport(
          me,
          { responsibleWorkerId: data.responsibleWorker?.userId ?? null, childDateOfBirth: data.child?.dateOfBirth ?? null },
          new Date(),
        ) && (
          <PageSection title={t('family.accessTitle')}>
            <Paragraph mb="xs">{t('family.accessLead')}</Paragraph>
            <RouterLink asComponent={Link} to={`/cases/${caseId}/access-report`}>
              {t('accessReport.link')}
            </RouterLink>
          </PageSection>
        )}
      </div>
    </div>
  );
}
