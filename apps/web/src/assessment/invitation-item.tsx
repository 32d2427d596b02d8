import { RouterLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../api/assessment.openapi.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { formatDate } from '../time/finnish-format.util.js';

export type MyInvitation = components['schemas']['MyAssessmentInvitation'];

/** One request to give a view: what, who asks and by when, a late one said in words, and the way to answer. */
export function InvitationItem({ invitation }: { invitation: MyInvitation }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // The child answers on the child's own form; everyone else on the contribution form.
  const form = me.roles.includes('child') ? 'my-view' : 'contribute';
  const kind = t(`assessmentKind.${invitation.kind}`);
  const date = formatDate(invitation.dueOn);
  return (
    <li>
      <Text variant="bold">{kind}</Text>
      <br />
      <Text className="secondary-text">{t('myInvitations.askedBy', { name: invitation.leadName, date })}</Text>
      <br />
      {invitation.overdue && (
        <>
          <Text variant="bold">{t('myInvitations.overdue')}</Text>
          <br />
        </>
      )}
      <Text>{t(`myInvitations.progress.${invitation.progress}`)}</Text>
      <br />
      <RouterLink
        asComponent={Link}
        to={`/cases/${invitation.caseId}/assessments/${invitation.assessmentId}/${form}`}
        aria-label={t('myInvitations.giveNamed', { kind, date })}
      >
        {t('myInvitations.give')}
      </RouterLink>
    </li>
  );
}
