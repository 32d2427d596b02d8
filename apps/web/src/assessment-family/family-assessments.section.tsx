import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../session/current-user.context.js';
import { PageSection } from '../shared/page-section.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useCaseAssessments } from './assessment-family.queries.js';

/**
 * On the family's case page: the child's assessments — one under way asks for the reader's own view
 * (the child's form for the child, the contribution page for a guardian or foster carer), a completed
 * one offers its summary in plain words. Takes no room while it loads, fails, or there are none.
 */
export function FamilyAssessmentsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const assessments = useCaseAssessments(caseId);
  if (!assessments.isSuccess || assessments.data.length === 0) return null;
  const isChild = me.roles.includes('child');
  return (
    <PageSection title={t('familyCopy.section.title')}>
      <ul className="plain-list">
        {assessments.data.map((assessment) => {
          const kind = t(`childVoice.kind.${assessment.kind}`, { defaultValue: assessment.kind });
          const base = `/cases/${caseId}/assessments/${assessment.assessmentId}`;
          const mine = assessment.invitations.find((invitation) => invitation.invitationId === assessment.myInvitationId);
          return (
            <li key={assessment.assessmentId}>
              {assessment.status === 'completed' && assessment.completedAt ? (
                <>
                  <Paragraph mb="xs">
                    {t('familyCopy.section.done', { kind, date: formatDate(assessment.completedAt) })}
                  </Paragraph>
                  <RouterLink asComponent={Link} to={`${base}/family-copy`}>
                    {t('familyCopy.section.readCopy')}
                  </RouterLink>
                </>
              ) : (
                <>
                  <Paragraph mb="xs">{t('familyCopy.section.inProgress', { kind })}</Paragraph>
                  {mine && mine.progress === 'submitted' && <Paragraph>{t('familyCopy.section.given')}</Paragraph>}
                  {mine && mine.progress !== 'submitted' && (
                    <>
                      <Paragraph mb="xs">{t('familyCopy.section.askedBy', { date: formatDate(mine.dueOn) })}</Paragraph>
                      <RouterLink asComponent={Link} to={isChild ? `${base}/my-view` : `${base}/contribute`}>
                        {isChild ? t('familyCopy.section.openMyView') : t('familyCopy.section.giveView')}
                      </RouterLink>
                    </>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </PageSection>
  );
}
