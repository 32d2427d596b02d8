import { useTranslation } from 'react-i18next';
import { DeadlineLine } from '../deadlines/deadline-line.js';
import { PageSection } from '../shared/page-section.js';
import { useCaseDeadlines } from './case.queries.js';
import { ListQueryView } from './query-view.js';

/** The law's clocks on this case, nearest first. */
export function CaseDeadlinesSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const deadlines = useCaseDeadlines(caseId);
  return (
    <PageSection title={t('casePage.deadlinesTitle')}>
      <ListQueryView query={deadlines} empty={t('casePage.deadlinesEmpty')}>
        {(items) => (
          <ul className="plain-list">
            {[...items]
              .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''))
              .map((deadline) => (
                <li key={deadline.deadlineId}>
                  <DeadlineLine deadline={deadline} />
                </li>
              ))}
          </ul>
        )}
      </ListQueryView>
    </PageSection>
  );
}
