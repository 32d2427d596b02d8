import { Heading, Paragraph, Table } from 'suomifi-ui-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseloadOverview } from '../api/case-coordination.types.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { EmptyState } from '../shared/empty-state.js';
import { FactList } from '../shared/fact-list.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useCaseloadOverview } from './caseloads.queries.js';
import { caseloadAgainstLimit, seesCaseloadOverview } from './caseloads.util.js';

/**
 * Screen 7, the service manager's: every team's and responsible social worker's caseload against the
 * statutory limit, and the law's deadlines gone overdue. Counts only; the service sends no child's
 * name or case, and this page has none to show. Anyone else meets the not-found page.
 */
export function CaseloadsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const allowed = seesCaseloadOverview(me);
  const overview = useCaseloadOverview(allowed);
  usePageTitle(allowed ? t('caseloads.title') : null);
  if (!allowed) return <NotFoundPage />;
  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('caseloads.title')}
      </Heading>
      {overview.isPending ? (
        <LoadingState />
      ) : overview.isError ? (
        <ProblemNotice error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <CaseloadFigures overview={overview.data} />
      )}
    </>
  );
}

function CaseloadFigures({ overview }: { overview: CaseloadOverview }) {
  const { t } = useTranslation();
  const { totals, limit } = overview;
  return (
    <>
      <Paragraph className="page-lead" mb="m">
        {t('caseloads.lead', { limit, date: formatDate(overview.on) })}
      </Paragraph>
      <div className="page-grid">
        <PageSection title={t('caseloads.summaryTitle')}>
          <FactList
            facts={[
              { label: t('caseloads.limit'), value: String(limit) },
              { label: t('caseloads.workers'), value: String(totals.workers) },
              { label: t('caseloads.openCases'), value: String(totals.openCases) },
              { label: t('caseloads.atLimit'), value: String(totals.atLimit) },
              { label: t('caseloads.overLimit'), value: String(totals.overLimit) },
            ]}
          />
        </PageSection>
        <PageSection title={t('caseloads.overdueTitle')}>
          <FactList
            facts={[
              { label: t('caseloads.overdueTotal'), value: String(totals.overdueDeadlines) },
              ...Object.entries(totals.overdueByKind).map(([kind, count]) => ({
                label: t(`deadline.kind.${kind}`),
                value: String(count),
              })),
            ]}
          />
        </PageSection>
        <TeamsSection overview={overview} />
        <WorkersSection overview={overview} />
      </div>
    </>
  );
}

function TeamsSection({ overview }: { overview: CaseloadOverview }) {
  const { t } = useTranslation();
  const headingId = useId();
  const columns = [
    { key: 'name', labelText: t('caseloads.team') },
    { key: 'socialWorkers', labelText: t('caseloads.socialWorkers') },
    { key: 'openCases', labelText: t('caseloads.openCases') },
    { key: 'atLimit', labelText: t('caseloads.atLimit') },
    { key: 'overLimit', labelText: t('caseloads.overLimit') },
    { key: 'overdue', labelText: t('caseloads.overdue') },
  ];
  return (
    <PageSection title={t('caseloads.teamsTitle')} headingId={headingId} className="page-section--wide">
      {overview.teams.length === 0 ? (
        <EmptyState>{t('caseloads.teamsEmpty')}</EmptyState>
      ) : (
        <Table
          aria-labelledby={headingId}
          condensed
          columns={columns}
          data={overview.teams.map((team) => ({
            id: team.teamId,
            name: team.name,
            socialWorkers: String(team.socialWorkers),
            openCases: String(team.openCases),
            atLimit: String(team.atLimit),
            overLimit: String(team.overLimit),
            overdue: String(team.overdueDeadlines),
          }))}
        />
      )}
    </PageSection>
  );
}

function WorkersSection({ overview }: { overview: CaseloadOverview }) {
  const { t } = useTranslation();
  const headingId = useId();
  const columns = [
    { key: 'name', labelText: t('caseloads.worker') },
    { key: 'teams', labelText: t('caseloads.teams') },
    { key: 'caseload', labelText: t('caseloads.caseload') },
    { key: 'standing', labelText: t('caseloads.standingTitle') },
    { key: 'overdue', labelText: t('caseloads.overdue') },
  ];
  return (
    <PageSection title={t('caseloads.workersTitle')} headingId={headingId} className="page-section--wide">
      {overview.workers.length === 0 ? (
        <EmptyState>{t('caseloads.workersEmpty')}</EmptyState>
      ) : (
        <Table
          aria-labelledby={headingId}
          condensed
          columns={columns}
          data={overview.workers.map((worker) => ({
            id: worker.userId,
            name: worker.displayName || t('caseloads.unnamed'),
            teams: worker.teams.join(', ') || t('caseloads.noTeam'),
            caseload: caseloadAgainstLimit(worker.openCases, overview.limit),
            standing: t(`caseloads.standing.${worker.standing}`),
            overdue: String(worker.overdueDeadlines),
          }))}
        />
      )}
    </PageSection>
  );
}
