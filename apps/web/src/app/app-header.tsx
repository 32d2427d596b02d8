import { Button, RouterLink, ServiceNavigation, ServiceNavigationItem, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { signOut, type Me } from '../session/session.api.js';
import { AppLanguageMenu } from './language-menu.js';

/** The top of every page: the service's name, the main menu for a signed-in user, the language, who is signed in. */
export function AppHeader({ me }: { me: Me | null }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
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
              <Text className="app-header__user">{t('app.signedInAs', { name: me.displayName, agency: t(`agency.${me.agency}`) })}</Text>
              <Button variant="secondary" onClick={() => void signOut()}>
                {t('app.signOut')}
              </Button>
            </>
          )}
        </div>
      </div>
      {me && (
        <ServiceNavigation aria-label={t('app.navLabel')} className="app-header__nav">
          <ServiceNavigationItem selected={pathname === '/'}>
            <RouterLink asComponent={Link} to="/">
              {t('nav.home')}
            </RouterLink>
          </ServiceNavigationItem>
          {me.roles.some((role) => role === 'cp-social-worker' || role === 'service-manager') && (
            <ServiceNavigationItem selected={pathname === '/cases/new'}>
              <RouterLink asComponent={Link} to="/cases/new">
                {t('nav.openCase')}
              </RouterLink>
            </ServiceNavigationItem>
          )}
        </ServiceNavigation>
      )}
    </header>
  );
}
