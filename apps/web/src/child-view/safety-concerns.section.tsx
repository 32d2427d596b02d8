import { InlineAlert, Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageSection } from '../shared/page-section.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useSafetyConcerns } from './safety-concerns.queries.js';

/**
 * On the responsible worker's home, first and marked urgent in words: each assessment she leads in
 * which the child said they do not feel safe. Shown only when there is one; while it loads, fails or
 * is empty it takes no room, so nothing else on the page waits for it.
 */
export function SafetyConcernsSection() {
  const { t } = useTranslation();
  const concerns = useSafetyConcerns();
  if (!concerns.isSuccess || concerns.data.length === 0) return null;
  return (
    <PageSection title={t('childVoice.concern.title')} className="page-section--wide">
      <InlineAlert status="warning" mb="s">
        <Paragraph>{t('childVoice.concern.lead')}</Paragraph>
      </InlineAlert>
      <ul className="plain-list">
        {concerns.data.map((assessment) => (
          <li key={assessment.assessmentId}>
            <Text variant="bold">
              {t('childVoice.concern.item', {
                kind: t(`childVoice.kind.${assessment.kind}`, { defaultValue: assessment.kind }),
                date: formatDate(assessment.startedAt),
              })}
            </Text>
            <br />
            <RouterLink asComponent={Link} to={`/cases/${assessment.caseId}/assessments/${assessment.assessmentId}/synthesis`}>
              {t('childVoice.concern.openSynthesis')}
            </RouterLink>
            {' · '}
            <RouterLink asComponent={Link} to={`/cases/${assessment.caseId}`}>
              {t('childVoice.concern.openCase')}
            </RouterLink>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
