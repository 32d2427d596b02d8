import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../api/case-coordination.types.js';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { toWithdrawConsentCommand } from './consent.form.util.js';

/** Withdraws a consent at once, everywhere: by the guardian or young person themselves, or recorded by a social worker. */
export function WithdrawConsentButton({
  caseId,
  consent,
  recording,
  label,
}: {
  caseId: string;
  consent: Consent;
  recording: boolean;
  label: string;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () =>
      answer(
        caseApi.POST('/cases/{caseId}/consents/{consentId}/withdraw', {
          params: { path: { caseId, consentId: consent.consentId! } },
          body: toWithdrawConsentCommand(consent, recording),
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) }),
  });
  return (
    <>
      {withdraw.isPending ? (
        <Button variant="secondary" loading ariaLoadingText={t('casePage.consentWithdrawing')} aria-label={label}>
          {t('casePage.consentWithdraw')}
        </Button>
      ) : (
        <Button variant="secondary" aria-label={label} onClick={() => withdraw.mutate()}>
          {t('casePage.consentWithdraw')}
        </Button>
      )}
      {withdraw.isError && <ProblemNotice error={withdraw.error} />}
    </>
  );
}
