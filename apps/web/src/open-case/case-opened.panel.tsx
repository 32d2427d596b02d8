import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import { DeadlineSentence } from '../deadlines/deadline-line.js';
import { LoadingState } from '../shared/loading-state.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDateTime } from '../time/finnish-format.util.js';
import type { OpenedCase } from './open-case.form.js';

/** The case is open and the law's clocks have started: say when each runs out, at once. */
export function CaseOpenedPanel({ opened, onAnother }: { opened: OpenedCase; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const deadlines = useQuery({
    queryKey: queryKeys.caseDeadlines(opened.id),
    queryFn: () => answer(caseApi.GET('/cases/{caseId}/deadlines', { params: { path: { caseId: opened.id } } })),
  });
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="page-section" aria-labelledby="case-opened-heading" role="status">
      <Heading variant="h2" id="case-opened-heading" ref={heading} tabIndex={-1} mb="s">
        {t('openCase.openedTitle')}
      </Heading>
      <Paragraph mb="s">{t('openCase.openedLead', { date: formatDateTime(opened.receivedAt) })}</Paragraph>
      {deadlines.isPending ? (
        <LoadingState />
      ) : deadlines.isError ? (
        <ProblemNotice error={deadlines.error} onRetry={() => void deadlines.refetch()} />
      ) : (
        <ul className="plain-list clock-list">
          {deadlines.data.map((deadline) => (
            <li key={deadline.deadlineId}>
              <strong>
                <DeadlineSentence deadline={deadline} />
              </strong>
            </li>
          ))}
        </ul>
      )}
      <div className="form-row">
        <RouterLink asComponent={Link} to={`/cases/${opened.id}`}>
          {t('openCase.goToCase')}
        </RouterLink>
        <Button variant="secondary" onClick={onAnother}>
          {t('openCase.openAnother')}
        </Button>
      </div>
    </section>
  );
}
