import { InlineAlert, Paragraph } from 'suomifi-ui-components';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../shared/loading-state.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import type { caseloadAfterHandover, WorkerCaseload } from './handover.util.js';

/**
 * The chosen worker's caseload against the statutory limit, once this case is theirs: read before
 * confirming where the service shows it to the reader. Where it does not (a social worker sees only
 * their own), the service checks the limit when the handover is confirmed, and says so here.
 */
export function WorkerCaseloadPanel({
  name,
  seen,
  caseload,
  standing,
  serviceManager,
}: {
  name: string;
  seen: boolean;
  caseload: UseQueryResult<WorkerCaseload>;
  standing: ReturnType<typeof caseloadAfterHandover> | null;
  serviceManager: boolean;
}) {
  const { t } = useTranslation();
  if (!seen) {
    return (
      <Paragraph mb="l" className="handover-caseload">
        {t('handover.caseloadCheckedOnConfirm')}
      </Paragraph>
    );
  }
  if (caseload.isPending) return <LoadingState />;
  if (caseload.isError) return <ProblemNotice error={caseload.error} onRetry={() => void caseload.refetch()} />;
  if (!standing) return null;
  const counts = { name, openCases: caseload.data.openCases, after: standing.after, limit: standing.limit };
  return (
    <InlineAlert
      status={standing.overLimit ? 'warning' : 'neutral'}
      labelText={t('handover.caseloadTitle')}
      mb="l"
      className="handover-caseload"
    >
      <Paragraph>{t('handover.caseload', counts)}</Paragraph>
      {standing.overLimit && (
        <Paragraph mt="xs">
          {t(serviceManager ? 'handover.overLimitOverride' : 'handover.overLimitManagerOnly', counts)}
        </Paragraph>
      )}
    </InlineAlert>
  );
}
