import { useEffect, useRef, type ReactNode } from 'react';
import { SkipLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Me } from '../session/session.api.js';
import { AppHeader } from './app-header.js';
import { AppNavigation } from './app-navigation.js';

/**
 * Every page's frame. After a navigation inside the app, focus moves to the new page's content, as it
 * would on a page load, so a keyboard or screen-reader user starts reading the new page from its top.
 */
export function AppLayout({ me, children }: { me: Me | null; children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname !== firstPath.current) {
      firstPath.current = '';
      main.current?.focus();
    }
  }, [pathname]);
  return (
    <>
      <SkipLink href="#main">{t('app.skipToContent')}</SkipLink>
      <AppHeader me={me} />
      <div className={me ? 'app-body' : 'app-body app-body--signed-out'}>
        {me && <AppNavigation me={me} />}
        <main id="main" ref={main} tabIndex={-1} className="app-main">
          {children}
        </main>
      </div>
    </>
  );
}
