import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { useAssessment } from '../child-view/child-view.queries.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { MatrixSection } from './matrix.section.js';
import { SavedSynthesis } from './saved-synthesis.js';
import { SynthesisEditor } from './synthesis.editor.js';
import { useMatrix } from './synthesis.queries.js';

/**
 * The lead worker's synthesis of an assessment: the matrix of views with disagreement per domain, and
 * the editor that keeps it; completing publishes the assessment's needs to the plan. Once completed,
 * the synthesis reads as it was completed, with the family's copy beside it.
 */
export function SynthesisPage() {
  const { caseId = '', assessmentId = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(caseId, assessmentId);
  const matrix = useMatrix(caseId, assessmentId);
  const missing = (assessment.isError && isNotFound(assessment.error)) || (matrix.isError && isNotFound(matrix.error));
  usePageTitle(missing ? null : t('synthesis.title'));
  if (missing) return <NotFoundPage />;
  if (assessment.isError) return <ProblemNotice error={assessment.error} onRetry={() => void assessment.refetch()} />;
  if (matrix.isError) return <ProblemNotice error={matrix.error} onRetry={() => void matrix.refetch()} />;
  if (assessment.isPending || matrix.isPending) return <LoadingState />;

  const { frame, status, completedAt } = assessment.data;
  const synthesis = matrix.data.synthesis;
  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('synthesis.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('synthesis.lead')}
      </Paragraph>
      {status === 'completed' && completedAt && (
        <InlineAlert status="neutral" mb="m" role="status">
          <Paragraph>{t('synthesis.completed', { date: formatDate(completedAt) })}</Paragraph>
          <Paragraph>{t('synthesis.completedLead')}</Paragraph>
          <RouterLink asComponent={Link} to={`/cases/${caseId}/assessments/${assessmentId}/family-copy`}>
            {t('synthesis.familyCopyLink')}
          </RouterLink>
        </InlineAlert>
      )}
      {status === 'open' &&
        synthesis !== null &&
        assessment.data.invitations
          .filter((invitation) => invitation.participantKind === 'child' && invitation.progress !== 'submitted')
          .map((invitation) => (
            <Paragraph key={invitation.invitationId} mb="m">
              {t('synthesis.childMissing', { name: invitation.displayName })}{' '}
              <RouterLink
                asComponent={Link}
                to={`/cases/${caseId}/assessments/${assessmentId}/invitations/${invitation.invitationId}/recorded-view`}
              >
                {t('synthesis.recordChildView')}
              </RouterLink>
            </Paragraph>
          ))}
      <div className="page-stack">
        <MatrixSection frame={frame} matrix={matrix.data} />
        {synthesis === null ? (
          <Paragraph>{t('synthesis.notLead')}</Paragraph>
        ) : status === 'completed' ? (
          <PageSection title={t('synthesis.editorTitle')} className="page-section--wide">
            <SavedSynthesis
              frame={frame}
              matrix={matrix.data}
              headingText={t('synthesis.savedVersion', { version: synthesis.version })}
            />
          </PageSection>
        ) : (
          <SynthesisEditor caseId={caseId} assessmentId={assessmentId} frame={frame} matrix={{ ...matrix.data, synthesis }} />
        )}
      </div>
      <Paragraph mt="l">
        <RouterLink asComponent={Link} to={`/cases/${caseId}/assessments/${assessmentId}`}>
          {t('synthesis.backToAssessment')}
        </RouterLink>
      </Paragraph>
    </>
  );
}
