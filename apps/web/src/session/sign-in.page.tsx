import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePageTitle } from '../shared/page-title.hook.js';
import { signInUrl } from './session.api.js';

/** What someone not signed in sees at any address; signing in brings them back to it. */
export function SignInPage() {
  const { t } = useTranslation();
  const location = useLocation();
  usePageTitle(t('signIn.title'));
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="m">
        {t('signIn.title')}
      </Heading>
      <Paragraph mb="s">{t('signIn.lead')}</Paragraph>
      <Paragraph mb="l">{t('signIn.note')}</Paragraph>
      <Button onClick={() => window.location.assign(signInUrl(`${location.pathname}${location.search}`))}>
        {t('signIn.button')}
      </Button>
    </div>
  );
}
