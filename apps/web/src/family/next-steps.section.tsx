import { Heading, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { Deadline } from '../api/case-coordination.types.js';
import { useCaseDeadlines } from '../case/case.queries.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { familySteps } from './family.util.js';

/** The law's deadlines told as what happens next and by when, and what is already done, in plain words. */
export function NextStepsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const deadlines = useCaseDeadlines(caseId);
  return (
    <PageSection title={t('family.nextTitle')}>
      {deadlines.isPending ? (
        <LoadingState />
      ) : deadlines.isError ? (
        <ProblemNotice error={deadlines.error} onRetry={() => void deadlines.refetch()} />
      ) : (
        <Steps {...familySteps(deadlines.data)} />
      )}
    </PageSection>
  );
}

function Steps({ ahead, done }: { ahead: Deadline[]; done: Deadline[] }) {
  const { t } = useTranslation();
  return (
    <>
      {ahead.length === 0 ? (
        <Paragraph mb="s">{t('family.nextEmpty')}</Paragraph>
      ) : (
        <ul className="plain-list">
          {ahead.map((step) => (
            <li key={step.deadlineId} className={step.status === 'overdue' ? 'deadline-item--overdue' : undefined}>
              <Paragraph>{t(`family.step.${step.kind}`, { date: formatDate(step.dueOn!) })}</Paragraph>
              {step.status === 'overdue' && <Paragraph>{t('family.overdue')}</Paragraph>}
            </li>
          ))}
        </ul>
      )}
      {done.length > 0 && (
        <>
          <Heading variant="h3" mt="m" mb="xs">
            {t('family.doneTitle')}
          </Heading>
          <ul className="plain-list">
            {done.map((step) => (
              <li key={step.deadlineId}>
                <Paragraph>{t(`family.stepDone.${step.kind}`)}</Paragraph>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
