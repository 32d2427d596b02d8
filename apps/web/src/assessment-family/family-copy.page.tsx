import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiProblem, isNotFound } from '../api/api-problem.js';
import { useAssessment } from '../child-view/child-view.queries.js';
import { useFrameWords } from '../child-view/frame-words.hook.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useFamilyCopy } from './assessment-family.queries.js';

/**
 * The family's copy of a completed assessment, read-only and in plain words: the summary written for
 * them, what the child said, where support is needed, and what happens next. Before completion it
 * says so; a case the reader may not see is the ordinary not-found page.
 */
export function FamilyCopyPage() {
  const { caseId = '', assessmentId = '' } = useParams();
  const { t } = useTranslation();
  const frameWords = useFrameWords();
  const copy = useFamilyCopy(caseId, assessmentId);
  // The frame names the topics in the reader's language; without it, the copy still reads.
  const assessment = useAssessment(caseId, assessmentId);
  const notCompleted = copy.isError && copy.error instanceof ApiProblem && copy.error.code === 'assessment_not_completed';
  usePageTitle(copy.isError && isNotFound(copy.error) && !notCompleted ? null : t('familyCopy.title'));
  if (copy.isPending) return <LoadingState />;
  if (copy.isError && !notCompleted)
    return isNotFound(copy.error) ? <NotFoundPage /> : <ProblemNotice error={copy.error} onRetry={() => void copy.refetch()} />;
  const topic = (key: string) => {
    const domain = assessment.data?.frame.domains.find((candidate) => candidate.key === key);
    return domain ? frameWords(domain.title) : key;
  };
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="xs">
        {t('familyCopy.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('familyCopy.lead')}
      </Paragraph>
      {notCompleted || !copy.data ? (
        <EmptyState>{t('familyCopy.notCompleted')}</EmptyState>
      ) : (
        <div className="page-stack">
          <Paragraph>{t('familyCopy.completed', { date: formatDate(copy.data.completedAt) })}</Paragraph>
          <PageSection title={t('familyCopy.summaryTitle')}>
            <Paragraph style={{ whiteSpace: 'pre-line' }}>{copy.data.familySummary}</Paragraph>
          </PageSection>
          {copy.data.childView.length > 0 && (
            <PageSection title={t('familyCopy.childTitle')}>
              <dl className="fact-list">
                {copy.data.childView.map((said) => (
                  <div key={said.domain} className="fact-list__item">
                    <dt>{topic(said.domain)}</dt>
                    <dd>{said.text}</dd>
                  </div>
                ))}
              </dl>
            </PageSection>
          )}
          <PageSection title={t('familyCopy.needsTitle')}>
            {copy.data.needs.length === 0 ? (
              <EmptyState>{t('familyCopy.noNeeds')}</EmptyState>
            ) : (
              <ul>
                {copy.data.needs.map((need) => (
                  <li key={need.text}>
                    {need.text}
                    <br />
                    <span className="secondary-text">
                      {t('familyCopy.needTopics', { topics: need.domains.map(topic).join(', ') })}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </PageSection>
          <PageSection title={t('familyCopy.nextTitle')}>
            <Paragraph mb="xs">{t('familyCopy.next')}</Paragraph>
            <Paragraph>{t('familyCopy.questions')}</Paragraph>
          </PageSection>
        </div>
      )}
      <Paragraph mt="l">
        <RouterLink asComponent={Link} to={`/cases/${caseId}`}>
          {t('familyCopy.backToCase')}
        </RouterLink>
      </Paragraph>
    </div>
  );
}
