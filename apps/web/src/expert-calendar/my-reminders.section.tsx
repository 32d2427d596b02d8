import { RouterLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { useSectionView } from '../shared/query-waiting.js';
import { formatDate, formatTime } from '../time/finnish-format.util.js';
import { useMyReminders } from './expert-calendar.queries.js';

/**
 * Reminders of the user's consultations coming up (the day before, the hour before), for the booker
 * and the experts: a query of its own, so nothing else on the home waits for it, placed last so that
 * nothing moves when it turns out empty. Shown only to those with a reminder; a failure leaves the home
 * as it is (the reminders come again with the next ask, every minute).
 */
export function MyRemindersSection() {
  const { t } = useTranslation();
  const reminders = useMyReminders();
  const view = useSectionView(reminders);
  if (reminders.isPending && view === 'loading')
    return (
      <PageSection title={t('reminders.title')}>
        <LoadingState />
      </PageSection>
    );
  if (!reminders.isSuccess || reminders.data.length === 0) return null;
  return (
    <PageSection title={t('reminders.title')}>
      <ul className="plain-list">
        {reminders.data.map((reminder) => (
          <li key={reminder.reminderId}>
            <Text>
              <strong>{t(`reminders.lead.${reminder.lead}`)}:</strong>{' '}
              {t('reminders.line', {
                type: t(`expertCalendar.type.${reminder.consultationType}`),
                date: formatDate(reminder.startsAt),
                time: formatTime(reminder.startsAt),
              })}
            </Text>
            <br />
            <Text className="secondary-text">
              {t(reminder.role === 'booker' ? 'reminders.asBooker' : 'reminders.asExpert')}
            </Text>{' '}
            <RouterLink asComponent={Link} to={`/consultations/${reminder.bookingId}`}>
              {t('reminders.open')}
            </RouterLink>
          </li>
        ))}
      </ul>
    </PageSection>
  );
}
