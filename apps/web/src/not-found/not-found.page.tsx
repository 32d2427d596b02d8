import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../shared/page-title.hook.js';

/**
 * An address with nothing for this reader. The same page, word for word, for a case that does not
 * exist and for one the reader may not see, as the service itself answers both alike.
 */
export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="m">
        {t('notFound.title')}
      </Heading>
      <Paragraph mb="m">{t('notFound.lead')}</Paragraph>
      <RouterLink asComponent={Link} to="/">
        {t('notFound.home')}
      </RouterLink>
    </div>
  );
}
