import { RouterLink, Text } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageSection } from '../shared/page-section.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useLedAssessments } from './assessment.queries.js';

/**
 * The open assessments the social worker leads: how many have answered and how many are late, and
 * first and in words, any where the child said they do not feel safe. Shown only while there are any.
 */
export function LedAssessmentsSection() {
  const { t } = useTranslation();
  const led = useLedAssessments();
  if (!led.isSuccess || led.data.length === 0) return null;
  return (
    <PageSection title={t('assessment.led.title')}>
      <ul className="plain-list">
        {led.data.map((assessment) => (
          <li key={assessment.assessmentId}>
            {assessment.safetyConcern && (
              <>
                <Text variant="bold">{t('assessment.led.safetyConcern')}</Text>
                <br />
              </>
            )}
            <Text>{t(`assessment.kind.${assessment.kind}`)}</Text>
            <br />
            <Text className="secondary-text">
              {t('assessment.led.progress', {
                submitted: assessment.submitted,
                invited: assessment.invited,
                date: formatDate(assessment.startedAt),
              })}
            </Text>
            {assessment.overdue > 0 && (
              <>
                <br />
                <Text variant="bold">{t('assessment.led.overdue', { count: assessment.overdue })}</Text>
              </>
            )}
            <br />
            <RouterLink asComponent={Link} to={`/cases/${assessment.caseId}`}>
              {t('home.tasks.showCase')}
            </RouterLink>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
