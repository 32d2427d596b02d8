import { Heading, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { useMyInvitations } from './assessment.queries.js';
import { InvitationItem } from './invitation-item.js';

/** Every assessment the user is asked to give their view in, the nearest deadline first (the service's order). */
export function InvitationsPage() {
  const { t } = useTranslation();
  const invitations = useMyInvitations();
  usePageTitle(t('myInvitations.title'));
  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('myInvitations.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('myInvitations.lead')}
      </Paragraph>
      {invitations.isPending ? (
        <LoadingState />
      ) : invitations.isError ? (
        <ProblemNotice error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <EmptyState>{t('myInvitations.empty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {invitations.data.map((invitation) => (
            <InvitationItem key={invitation.invitationId} invitation={invitation} />
          ))}
        </ul>
      )}
    </>
  );
}
