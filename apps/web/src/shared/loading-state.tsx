import { LoadingSpinner } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';

/** While a query is on its way: the system's spinner, announced to screen readers. */
export function LoadingState() {
  const { t } = useTranslation();
  return <LoadingSpinner text={t('common.loading')} textAlign="right" variant="small" status="loading" role="status" />;
}
