import { Button, Heading, Paragraph, RouterLink, Table } from 'suomifi-ui-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import type { AccessReportEntry } from '../api/case-coordination.types.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDateTime } from '../time/finnish-format.util.js';
import { useAccessReport } from './access-report.queries.js';

/**
 * "Who has looked at our information": every read of the child's information, newest first, with who
 * read it, when, what and why, in plain words for the family. The service answers 404 to anyone who
 * may not read the report, and the app shows its one not-found page for that as for any unknown case.
 */
export function AccessReportPage() {
  const { caseId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const report = useAccessReport(caseId);
  usePageTitle(report.isError && isNotFound(report.error) ? null : t('accessReport.title'));
  if (report.isPending) return <LoadingState />;
  if (report.isError)
    return isNotFound(report.error) ? (
      <NotFoundPage />
    ) : (
      <ProblemNotice error={report.error} onRetry={() => void report.refetch()} />
    );

  const entries = report.data.pages.flatMap((page) => page.entries);
  const resource = (entry: AccessReportEntry) => {
    const key = `accessReport.resource.${entry.resource}`;
    return i18n.exists(key) ? t(key) : t('accessReport.resource.other');
  };
  const columns = [
    { key: 'when', labelText: t('accessReport.when') },
    { key: 'who', labelText: t('accessReport.who') },
    { key: 'what', labelText: t('accessReport.what') },
    { key: 'why', labelText: t('accessReport.why') },
  ];
  return (
    <>
      <Heading variant="h1" id={headingId} mb="xs">
        {t('accessReport.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('accessReport.lead')}
      </Paragraph>
      {entries.length === 0 ? (
        <EmptyState>{t('accessReport.empty')}</EmptyState>
      ) : (
        <Table
          aria-labelledby={headingId}
          condensed
          columns={columns}
          data={entries.map((entry) => ({
            id: entry.recordId,
            when: formatDateTime(entry.accessedAt),
            who: t('accessReport.actor', {
              name: entry.actor.displayName ?? t('accessReport.unnamed'),
              role: t(`role.${entry.actor.role}`),
              agency: t(`agency.${entry.actor.agency}`),
            }),
            what: [
              t('accessReport.information', {
                information: t(`informationClass.${entry.informationClass}`),
                resource: resource(entry),
              }),
              entry.action === 'disclose' && entry.disclosedToAgency
                ? t('accessReport.disclosedTo', { agency: t(`agency.${entry.disclosedToAgency}`) })
                : null,
            ]
              .filter(Boolean)
              .join(', '),
            why: t(`accessReport.purpose.${entry.purpose}`),
          }))}
        />
      )}
      {report.hasNextPage && (
        <Button variant="secondary" mt="m" disabled={report.isFetchingNextPage} onClick={() => void report.fetchNextPage()}>
          {report.isFetchingNextPage ? t('accessReport.loadingMore') : t('accessReport.showMore')}
        </Button>
      )}
      <Paragraph mt="m">
        <RouterLink asComponent={Link} to={`/cases/${caseId}`}>
          {t('accessReport.backToCase')}
        </RouterLink>
      </Paragraph>
    </>
  );
}
