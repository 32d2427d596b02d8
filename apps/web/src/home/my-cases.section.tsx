import { RouterLink, Table } from 'suomifi-ui-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../api/case-coordination.types.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useMyCases } from './home.queries.js';

export function MyCasesSection() {
  const { t } = useTranslation();
  const cases = useMyCases();
  const headingId = useId();
  return (
    <PageSection title={t('home.cases.title')} className="page-section--wide" headingId={headingId}>
      {cases.isPending ? (
        <LoadingState />
      ) : cases.isError ? (
        <ProblemNotice error={cases.error} onRetry={() => void cases.refetch()} />
      ) : cases.data.length === 0 ? (
        <EmptyState>{t('home.cases.empty')}</EmptyState>
      ) : (
        <CasesTable cases={cases.data} labelledBy={headingId} />
      )}
    </PageSection>
  );
}

function CasesTable({ cases, labelledBy }: { cases: CaseSummary[]; labelledBy: string }) {
  const { t } = useTranslation();
  const columns = [
    { key: 'child', labelText: t('home.cases.child') },
    { key: 'received', labelText: t('home.cases.received') },
    { key: 'origin', labelText: t('home.cases.origin') },
    { key: 'worker', labelText: t('home.cases.worker') },
  ] as const;
  const data = cases.map((kase) => ({
    id: kase.id ?? '',
    child: (
      <RouterLink asComponent={Link} to={`/cases/${kase.id}`}>
        {kase.childName ?? t('common.notShown')}
      </RouterLink>
    ),
    received: kase.receivedAt ? formatDate(kase.receivedAt) : '',
    origin: kase.origin ? t(`origin.${kase.origin}`) : '',
    worker: kase.responsibleWorker?.displayName ?? '',
  }));
  return <Table columns={columns} data={data} aria-labelledby={labelledBy} condensed />;
}
