import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** The browser tab's title follows the page and the language: "Etusivu – Yhdessä". Null leaves it to another component. */
export function usePageTitle(page: string | null): void {
  const { t } = useTranslation();
  useEffect(() => {
    if (page !== null) document.title = t('app.documentTitle', { page });
  }, [page, t]);
}
