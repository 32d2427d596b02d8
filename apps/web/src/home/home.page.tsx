import { Heading } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { FamilyHome } from '../family/family-home.js';
import { isFamilyMember } from '../family/family.util.js';
import { seesTeams } from '../meeting/meeting.util.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { MyRemindersSection } from '../expert-calendar/my-reminders.section.js';
import { SafetyConcernsSection } from '../child-view/safety-concerns.section.js';
import { MyCasesSection } from './my-cases.section.js';
import { MyActionsSection } from '../my-actions/my-actions.section.js';
import { MyDeadlinesSection } from './my-deadlines.section.js';
import { MyTasksSection } from './my-tasks.section.js';
import { MyInvitationsSection } from '../assessment/my-invitations.section.js';
import { SignOffRemindersSection } from '../sign-off-reminders/sign-off-reminders.section.js';

/**
 * Where a worker lands: deadlines first, then tasks and cases. Deadlines are a social worker's (the service keeps them to that
 * role); tasks come from systemic team meetings, so only those who sit on teams have them.
 */
export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  usePageTitle(t('home.title'));
  if (isFamilyMember(me)) return <FamilyHome />;
  return (
    <>
      <Heading variant="h1" mb="l">
        {t('home.greeting', { name: me.displayName })}
      </Heading>
      <div className="page-grid">
        {me.roles.includes('cp-social-worker') && <SafetyConcernsSection />}
        {me.roles.includes('cp-social-worker') && <MyDeadlinesSection />}
        {seesTeams(me) && <MyTasksSection />}
        <MyCasesSection />
        <SignOffRemindersSection />
        <MyActionsSection />
        <MyInvitationsSection />
        <MyRemindersSection />
      </div>
    </>
  );
}
