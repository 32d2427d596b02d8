import { Heading, InlineAlert, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { CalendarFeedSection } from './calendar-feed.section.js';
import { ExceptionsSection } from './exceptions.section.js';
import { useAvailability, useMyExpert } from './expert-calendar.queries.js';
import { WeeklyWindowsForm } from './weekly-windows.form.js';
import './expert-calendar.css';

/** The expert's own availability: weekly windows, dated exceptions, and the calendar feed's address. */
export function AvailabilityPage() {
  const { t } = useTranslation();
  usePageTitle(t('availability.title'));
  const expert = useMyExpert();
  const availability = useAvailability(expert.data?.expertId);
  return (
    <>
      <RouterLink asComponent={Link} to="/calendar">
        {t('availability.backToCalendar')}
      </RouterLink>
      <Heading variant="h1" mb="s" mt="s">
        {t('availability.title')}
      </Heading>
      <Paragraph mb="m">{t('availability.lead')}</Paragraph>
      {expert.isPending ? (
        <LoadingState />
      ) : expert.isError ? (
        isNotFound(expert.error) ? (
          <InlineAlert mb="m">{t('expertCalendar.notExpert')}</InlineAlert>
        ) : (
          <ProblemNotice error={expert.error} onRetry={() => void expert.refetch()} />
        )
      ) : availability.isPending ? (
        <LoadingState />
      ) : availability.isError ? (
        <ProblemNotice error={availability.error} onRetry={() => void availability.refetch()} />
      ) : (
        <div className="page-grid">
          <WeeklyWindowsForm expertId={expert.data.expertId} windows={availability.data.windows} />
          <ExceptionsSection expertId={expert.data.expertId} exceptions={availability.data.exceptions} />
          <CalendarFeedSection expertId={expert.data.expertId} />
        </div>
      )}
    </>
  );
}
