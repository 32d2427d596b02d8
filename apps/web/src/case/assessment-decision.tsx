import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import { ProblemNotice } from '../shared/problem-notice.js';

type Decision = 'start' | 'no-start';

/**
 * The responsible worker's decision on starting the service needs assessment (LSL 26 §), which meets
 * the first clock; starting it sets the assessment's own (3 months from receipt), as the service decides.
 */
export function AssessmentDecision({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (decision: Decision) =>
      answer(caseApi.POST('/cases/{caseId}/assessment-decision', { params: { path: { caseId } }, body: { decision } })),
    onSuccess: (deadlines) => {
      queryClient.setQueryData(queryKeys.caseDeadlines(caseId), deadlines);
      void queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.mine });
    },
  });
  const button = (decision: Decision, label: string, variant: 'default' | 'secondary') =>
    decide.isPending && decide.variables === decision ? (
      <Button variant={variant} loading ariaLoadingText={t('casePage.deciding')}>
        {label}
      </Button>
    ) : (
      <Button variant={variant} disabled={decide.isPending} onClick={() => decide.mutate(decision)}>
        {label}
      </Button>
    );
  return (
    <div className="assessment-decision">
      <Paragraph mb="xs">{t('casePage.decisionQuestion')}</Paragraph>
      {decide.isError && <ProblemNotice error={decide.error} />}
      <div className="form-row">
        {button('start', t('casePage.decideStart'), 'default')}
        {button('no-start', t('casePage.decideNoStart'), 'secondary')}
      </div>
    </div>
  );
}
