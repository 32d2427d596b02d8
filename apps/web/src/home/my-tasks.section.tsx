import { RouterLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useMyTasks } from './home.queries.js';

/** Tasks the systemic team's decisions gave the user, soonest due first (the service's order). */
export function MyTasksSection() {
  const { t } = useTranslation();
  const tasks = useMyTasks();
  return (
    <PageSection title={t('home.tasks.title')}>
      {tasks.isPending ? (
        <LoadingState />
      ) : tasks.isError ? (
        <ProblemNotice error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : tasks.data.length === 0 ? (
        <EmptyState>{t('home.tasks.empty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {tasks.data.map((task) => (
            <li key={task.taskId}>
              <Text>{task.decision}</Text>
              <br />
              <Text className="secondary-text">
                {task.dueOn ? t('home.tasks.due', { date: formatDate(task.dueOn) }) : ''}
              </Text>{' '}
              {task.caseId && (
                <RouterLink asComponent={Link} to={`/cases/${task.caseId}`}>
                  {t('home.tasks.showCase')}
                </RouterLink>
              )}
            </li>
          ))}
        </ul>
      )}
    </PageSection>
  );
}
