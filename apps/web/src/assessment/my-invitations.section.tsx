import { RouterLink, Text } from 'suomifi-ui-components';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageSection } from '../shared/page-section.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useMyAssessmentInvitations } from './assessment.queries.js';

/**
 * The assessments the user is asked to give their view in: what, who asks, by when; late ones said in
 * words. Shown on the home page only while there is something to answer: nothing to do, or the
 * assessment service not answering, leaves the home page as it is rather than adding an empty box or
 * an error beside the user's own work.
 */
export function MyAssessmentInvitationsSection() {
  const { t } = useTranslation();
  const invitations = useMyAssessmentInvitations();
  if (!invitations.isSuccess || invitations.data.length === 0) return null;
  return (
    <PageSection title={t('assessment.invitations.title')}>
      <ul className="plain-list">
        {invitations.data.map((invitation) => (
          <li key={invitation.invitationId}>
            <Text>{t(`assessment.kind.${invitation.kind}`)}</Text>
            <br />
            <Text className="secondary-text">
              {t('assessment.invitations.askedBy', { name: invitation.leadName, date: formatDate(invitation.dueOn) })}
            </Text>
            {invitation.overdue && (
              <>
                <br />
                <Text variant="bold">{t('assessment.invitations.overdue')}</Text>
              </>
            )}
            {invitation.progress === 'draft' && (
              <>
                <br />
                <Text>{t('assessment.invitations.draft')}</Text>
              </>
            )}
            <br />
            <RouterLink asComponent={Link} to={`/cases/${invitation.caseId}`}>
              {t('home.tasks.showCase')}
            </RouterLink>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
