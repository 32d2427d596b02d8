import { Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../shared/empty-state.js';
import { PageSection } from '../shared/page-section.js';
import { QueryWaiting } from '../shared/query-waiting.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useCaseAssessments } from './assessment.queries.js';

/**
 * The case page's multi-agency assessments: each with how many have given their view and how many are
 * late; the responsible worker (`starts`) starts a new one from here.
 */
export function CaseAssessmentsSection({ caseId, starts }: { caseId: string; starts: boolean }) {
  const { t } = useTranslation();
  const assessments = useCaseAssessments(caseId);
  return (
    <PageSection title={t('caseAssessments.title')}>
      {starts && (
        <Paragraph mb="s">
          <RouterLink asComponent={Link} to={`/cases/${caseId}/assessments/new`}>
            {t('assessmentStart.link')}
          </RouterLink>
        </Paragraph>
      )}
      {!assessments.isSuccess ? (
        <QueryWaiting query={assessments} />
      ) : assessments.data.length === 0 ? (
        <EmptyState>{t('caseAssessments.empty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {assessments.data.map((assessment) => {
            const kind = t(`assessmentKind.${assessment.kind}`);
            const date = formatDate(assessment.startedAt);
            const submitted = assessment.invitations.filter((invitation) => invitation.progress === 'submitted').length;
            const overdue = assessment.invitations.filter((invitation) => invitation.overdue).length;
            return (
              <li key={assessment.assessmentId}>
                <Text>{t('caseAssessments.item', { kind, date })}</Text>
                <br />
                <Text className="secondary-text">
                  {assessment.status === 'completed' && assessment.completedAt
                    ? t('assessmentPage.statusCompleted', { date: formatDate(assessment.completedAt) })
                    : t('assessmentPage.submittedCount', { submitted, invited: assessment.invitations.length })}
                </Text>
                {overdue > 0 && assessment.status === 'open' && (
                  <>
                    <br />
                    <Text variant="bold">{t('assessmentPage.overdueCount', { count: overdue })}</Text>
                  </>
                )}
                <br />
                <RouterLink
                  asComponent={Link}
                  to={`/cases/${caseId}/assessments/${assessment.assessmentId}`}
                  aria-label={t('caseAssessments.openNamed', { kind, date })}
                >
                  {t('caseAssessments.open')}
                </RouterLink>
              </li>
            );
          })}
        </ul>
      )}
    </PageSection>
  );
}
