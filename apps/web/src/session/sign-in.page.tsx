import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { isApiProblem } from '../api/api-problem.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { signInUrl } from './session.api.js';

/** Problems that mean a session ended under the user, which the page says before asking them to sign in again. */
const endedSession = new Set(['session_expired', 'token_expired']);

/** What someone not signed in sees at any address; signing in brings them back to it. */
export function SignInPage({ reason }: { reason?: unknown }) {
  const { t } = useTranslation();
  const location = useLocation();
  usePageTitle(t('signIn.title'));
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="m">
        {t('signIn.title')}
      </Heading>
      {isApiProblem(reason) && endedSession.has(reason.code) && (
        <InlineAlert mb="m">
          <Paragraph>{t(`problem.${reason.code}`)}</Paragraph>
        </InlineAlert>
      )}
      <Paragraph mb="s">{t('signIn.lead')}</Paragraph>
      <Paragraph mb="l">{t('signIn.note')}</Paragraph>
      <Button onClick={() => window.location.assign(signInUrl(`${location.pathname}${location.search}`))}>
        {t('signIn.button')}
      </Button>
    </div>
  );
}
