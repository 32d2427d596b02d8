import { Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyCases } from '../home/home.queries.js';
import { PageSection } from '../shared/page-section.js';
import { formatDate, formatTime } from '../time/finnish-format.util.js';
import { useMySignOffReminders } from './sign-off-reminders.queries.js';
import { signOffReminderItems } from './sign-off-reminders.util.js';

/**
 * The home's reminders to sign a client plan before its sign-off round ends, for professionals and
 * family alike: each links to the version's sign-off panel. Shown only when there is one: while the
 * answer is on its way, when there is none, or when the client plan service does not answer, the home
 * is as it would be without it.
 */
export function SignOffRemindersSection() {
  const { t } = useTranslation();
  const reminders = useMySignOffReminders();
  const cases = useMyCases();
  if (!reminders.isSuccess || reminders.data.length === 0) return null;
  return (
    <PageSection title={t('signOffReminders.title')}>
      <ul className="plain-list">
        {signOffReminderItems(reminders.data, cases.data).map((item) => (
          <li key={item.key}>
            <RouterLink asComponent={Link} to={item.to}>
              {item.childName
                ? t('signOffReminders.planOf', { name: item.childName })
                : t('signOffReminders.planVersion', { version: item.version })}
            </RouterLink>
            <Paragraph>
              <Text>{t('signOffReminders.due', { date: formatDate(item.expiresAt), time: formatTime(item.expiresAt) })}</Text>
            </Paragraph>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
