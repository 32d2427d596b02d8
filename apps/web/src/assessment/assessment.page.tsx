import { Heading, Paragraph, RouterLink, Table, Text } from 'suomifi-ui-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { FactList } from '../shared/fact-list.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useAssessment } from './assessment.queries.js';
import { assessmentLinks, invitationRole, recordsWithChild, type Assessment } from './assessment-page.util.js';
import { wordsIn } from './contribute.util.js';

/**
 * One assessment: its domains, who is invited and by when, who has given their view (never a draft's
 * content), late invitations flagged in words; links to give one's own view (an invitee) and to the
 * synthesis (the lead).
 */
export function AssessmentPage() {
  const { caseId = '', assessmentId = '' } = useParams();
  const { t } = useTranslation();
  const assessment = useAssessment(caseId, assessmentId);
  const title = assessment.isSuccess ? t(`assessmentKind.${assessment.data.kind}`, t('assessmentPage.titleFallback')) : null;
  usePageTitle(title);
  if (assessment.isPending) return <LoadingState />;
  if (assessment.isError)
    return isNotFound(assessment.error) ? (
      <NotFoundPage />
    ) : (
      <ProblemNotice error={assessment.error} onRetry={() => void assessment.refetch()} />
    );
  return <AssessmentView caseId={caseId} assessment={assessment.data} title={title ?? ''} />;
}

function AssessmentView({ caseId, assessment, title }: { caseId: string; assessment: Assessment; title: string }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const invitedId = useId();
  const links = assessmentLinks(assessment, me);
  const base = `/cases/${caseId}/assessments/${assessment.assessmentId}`;
  const submitted = assessment.invitations.filter((invitation) => invitation.progress === 'submitted').length;
  const overdue = assessment.invitations.filter((invitation) => invitation.overdue).length;
  return (
    <>
      <Heading variant="h1" mb="xs">
        {title}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('assessmentPage.titleFallback')}
      </Paragraph>
      {(links.contribute || links.myView || links.synthesis) && (
        <ul className="plain-list assessment-actions">
          {links.contribute && (
            <li>
              <RouterLink asComponent={Link} to={`${base}/contribute`}>
                {t('assessmentPage.contribute')}
              </RouterLink>
            </li>
          )}
          {links.myView && (
            <li>
              <RouterLink asComponent={Link} to={`${base}/my-view`}>
                {t('assessmentPage.myView')}
              </RouterLink>
            </li>
          )}
          {links.synthesis && (
            <li>
              <RouterLink asComponent={Link} to={`${base}/synthesis`}>
                {t('assessmentPage.synthesis')}
              </RouterLink>
            </li>
          )}
        </ul>
      )}
      <div className="page-grid">
        <PageSection title={t('assessmentPage.details')}>
          <FactList
            facts={[
              { label: t('assessmentPage.startedBy'), value: assessment.lead.displayName },
              { label: t('assessmentPage.startedAt'), value: formatDate(assessment.startedAt) },
              {
                label: t('assessmentPage.status'),
                value:
                  assessment.status === 'completed' && assessment.completedAt
                    ? t('assessmentPage.statusCompleted', { date: formatDate(assessment.completedAt) })
                    : t('assessmentPage.statusOpen'),
              },
              {
                label: t('assessmentPage.blind'),
                value: t(assessment.blindUntilSubmitted ? 'assessmentPage.blindOn' : 'assessmentPage.blindOff'),
              },
              { label: t('assessmentPage.frame'), value: wordsIn(assessment.frame.title, i18n.language) },
            ]}
          />
        </PageSection>
        <PageSection title={t('assessmentPage.domains')}>
          <ol className="assessment-domains">
            {assessment.frame.domains.map((domain) => (
              <li key={domain.key}>{wordsIn(domain.title, i18n.language)}</li>
            ))}
          </ol>
        </PageSection>
        <PageSection title={t('assessmentPage.invited')} headingId={invitedId} className="page-section--wide">
          <Paragraph mb="xs">
            {t('assessmentPage.submittedCount', { submitted, invited: assessment.invitations.length })}
          </Paragraph>
          {overdue > 0 && (
            <Paragraph mb="xs">
              <Text variant="bold">{t('assessmentPage.overdueCount', { count: overdue })}</Text>
            </Paragraph>
          )}
          <Table
            aria-labelledby={invitedId}
            condensed
            columns={[
              { key: 'name', labelText: t('assessmentPage.name') },
              { key: 'role', labelText: t('assessmentPage.agencyRole') },
              { key: 'due', labelText: t('assessmentPage.due') },
              { key: 'progress', labelText: t('assessmentPage.progress') },
            ]}
            data={assessment.invitations.map((invitation) => ({
              id: invitation.invitationId,
              name: invitation.displayName,
              role: invitationRole(invitation, t),
              due: invitation.overdue ? (
                <span className="overdue-flag">
                  {formatDate(invitation.dueOn)} <Text variant="bold">{t('assessmentPage.overdue')}</Text>
                </span>
              ) : (
                formatDate(invitation.dueOn)
              ),
              progress: (
                <>
                  {[
                    t(`assessmentPage.progressState.${invitation.progress}`, {
                      date: invitation.submittedAt ? formatDate(invitation.submittedAt) : '',
                    }),
                    invitation.recordedBy ? t('assessmentPage.recordedBy', { name: invitation.recordedBy.displayName }) : null,
                  ]
                    .filter(Boolean)
                    .join(', ')}
                  {links.synthesis && assessment.status === 'open' && recordsWithChild(invitation) && (
                    <>
                      <br />
                      <RouterLink
                        asComponent={Link}
                        to={`${base}/invitations/${invitation.invitationId}/recorded-view`}
                        aria-label={t('assessmentPage.recordChildViewNamed', { name: invitation.displayName })}
                      >
                        {t('assessmentPage.recordChildView')}
                      </RouterLink>
                    </>
                  )}
                </>
              ),
            }))}
          />
          <Paragraph mt="xs" className="secondary-text">
            {t('assessmentPage.noDraftContent')}
          </Paragraph>
        </PageSection>
      </div>
      <Paragraph mt="m">
        <RouterLink asComponent={Link} to={`/cases/${caseId}`}>
          {t('assessmentPage.backToCase')}
        </RouterLink>
      </Paragraph>
    </>
  );
}
