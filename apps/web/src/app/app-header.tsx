import { useMutation } from '@tanstack/react-query';
import { Button, RouterLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { signOut, type Me } from '../session/session.api.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { AppLanguageMenu } from './language-menu.js';

/** The top of every page: the service's name, the language, and who is signed in. */
export function AppHeader({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  const signingOut = useMutation({ mutationFn: signOut });
  return (
    <header className="app-header">
      <div className="app-header__bar">
        <RouterLink asComponent={Link} to="/" className="app-header__name">
          {t('app.name')}
        </RouterLink>
        <div className="app-header__tools">
          <AppLanguageMenu />
          {me && (
            <>
              <Text className="app-header__user">
                {t('app.signedInAs', { name: me.displayName, agency: t(`agency.${me.agency}`) })}
              </Text>
              <Button variant="secondary" disabled={signingOut.isPending} onClick={() => signingOut.mutate()}>
                {t('app.signOut')}
              </Button>
            </>
          )}
        </div>
      </div>
      {signingOut.isError && (
        <div className="app-header__bar">
          <ProblemNotice error={signingOut.error} />
        </div>
      )}
    </header>
  );
}
