import { Heading, RouterLink } from 'suomifi-ui-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Deadline } from '../api/case-coordination.types.js';
import { DeadlineLine, DeadlineSentence } from '../deadlines/deadline-line.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { groupDeadlines } from './deadline-groups.util.js';
import { useMyDeadlines } from './home.queries.js';

/** Overdue and soon-due deadlines first: what a social worker must not miss today. */
export function MyDeadlinesSection() {
  const { t } = useTranslation();
  const deadlines = useMyDeadlines();
  if (deadlines.isPending || deadlines.isError || deadlines.data.length === 0) {
    return (
      <PageSection title={t('home.deadlines.title')}>
        {deadlines.isPending ? (
          <LoadingState />
        ) : deadlines.isError ? (
          <ProblemNotice error={deadlines.error} onRetry={() => void deadlines.refetch()} />
        ) : (
          <EmptyState>{t('home.deadlines.empty')}</EmptyState>
        )}
      </PageSection>
    );
  }
  const groups = groupDeadlines(deadlines.data);
  return (
    <PageSection title={t('home.deadlines.title')}>
      <DeadlineGroup title={t('home.deadlines.overdue')} deadlines={groups.overdue} />
      <DeadlineGroup title={t('home.deadlines.dueSoon')} deadlines={groups.dueSoon} />
      <DeadlineGroup title={t('home.deadlines.later')} deadlines={groups.later} />
    </PageSection>
  );
}

function DeadlineGroup({ title, deadlines }: { title: string; deadlines: Deadline[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <div className="deadline-group">
      <Heading variant="h3" id={headingId} mb="xs">
        {title} ({deadlines.length})
      </Heading>
      {deadlines.length === 0 ? (
        <EmptyState>{t('home.deadlines.noneInGroup')}</EmptyState>
      ) : (
        <ul className="plain-list" aria-labelledby={headingId}>
          {deadlines.map((deadline) => (
            <li key={deadline.deadlineId}>
              <DeadlineLine deadline={deadline}>
                <RouterLink asComponent={Link} to={`/cases/${deadline.caseId}`}>
                  {deadline.childName ?? t('common.notShown')}
                </RouterLink>
                {': '}
                <DeadlineSentence deadline={deadline} />
              </DeadlineLine>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
