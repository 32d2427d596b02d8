import { useTranslation } from 'react-i18next';
import { DeadlineLine } from '../deadlines/deadline-line.js';
import { PageSection } from '../shared/page-section.js';
import { AssessmentDecision } from './assessment-decision.js';
import { useCaseDeadlines } from './case.queries.js';
import { ListQueryView } from './query-view.js';

/**
 * The law's clocks on this case, nearest first. While the decision on starting the assessment is
 * open, the responsible worker (`decides`) makes it here.
 */
export function CaseDeadlinesSection({ caseId, decides }: { caseId: string; decides: boolean }) {
  const { t } = useTranslation();
  const deadlines = useCaseDeadlines(caseId);
  const decisionOpen =
    deadlines.data?.some((deadline) => deadline.kind === 'assessment-start-decision' && deadline.status !== 'met') ?? false;
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
      {decides && decisionOpen && <AssessmentDecision caseId={caseId} />}
    </PageSection>
  );
}
