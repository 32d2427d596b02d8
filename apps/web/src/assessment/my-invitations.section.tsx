import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../shared/empty-state.js';
import { PageSection } from '../shared/page-section.js';
import { QueryWaiting } from '../shared/query-waiting.js';
import { useMyInvitations } from './assessment.queries.js';
import { InvitationItem } from './invitation-item.js';

/** How many requests the home page shows; the rest are on the invitations page. */
const SHOWN = 3;

/**
 * The home page's requests to give a view: a few, the nearest deadline first, and a link to them all.
 * Its own query with its own loading and error state: the assessment service being slow or away
 * never holds up the home page's other sections.
 */
export function MyInvitationsSection() {
  const { t } = useTranslation();
  const invitations = useMyInvitations();
  return (
    <PageSection title={t('myInvitations.title')}>
      {!invitations.isSuccess ? (
        <QueryWaiting query={invitations} />
      ) : invitations.data.length === 0 ? (
        <EmptyState>{t('myInvitations.empty')}</EmptyState>
      ) : (
        <>
          <ul className="plain-list">
            {invitations.data.slice(0, SHOWN).map((invitation) => (
              <InvitationItem key={invitation.invitationId} invitation={invitation} />
            ))}
          </ul>
          <Paragraph mt="xs">
            <RouterLink asComponent={Link} to="/invitations">
              {t('myInvitations.all', { count: invitations.data.length })}
            </RouterLink>
          </Paragraph>
        </>
      )}
    </PageSection>
  );
}
