import { RouterLink, ServiceNavigation, ServiceNavigationItem } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { seesCaseloadOverview } from '../caseloads/caseloads.util.js';
import { booksConsultations } from '../consultation/booking.form.util.js';
import { mayBeExpert } from '../expert-calendar/expert-calendar.util.js';
import { usesIntake } from '../intake/intake.util.js';
import { seesTeams } from '../meeting/meeting.util.js';
import { isFamilyMember } from '../family/family.util.js';
import type { Me } from '../session/session.api.js';

/** The main menu, the Suomi.fi service navigation beside the content: what this user can do. */
export function AppNavigation({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const opensCases = me.roles.some((role) => role === 'cp-social-worker' || role === 'service-manager');
  const inTeams = pathname.startsWith('/teams') || pathname.startsWith('/meetings/');
  return (
    <ServiceNavigation aria-label={t('app.navLabel')} className="app-navigation">
      <ServiceNavigationItem selected={pathname === '/'}>
        <RouterLink asComponent={Link} to="/" aria-current={pathname === '/' ? 'page' : undefined}>
          {t('nav.home')}
        </RouterLink>
      </ServiceNavigationItem>
      {!isFamilyMember(me) && (
        <ServiceNavigationItem selected={pathname === '/actions'}>
          <RouterLink asComponent={Link} to="/actions" aria-current={pathname === '/actions' ? 'page' : undefined}>
            {t('nav.myActions')}
          </RouterLink>
        </ServiceNavigationItem>
      )}
      {opensCases && (
        <ServiceNavigationItem selected={pathname === '/cases/new'}>
          <RouterLink asComponent={Link} to="/cases/new" aria-current={pathname === '/cases/new' ? 'page' : undefined}>
            {t('nav.openCase')}
          </RouterLink>
        </ServiceNavigationItem>
      )}
      {usesIntake(me) && (
        <ServiceNavigationItem selected={pathname === '/intake'}>
          <RouterLink asComponent={Link} to="/intake" aria-current={pathname === '/intake' ? 'page' : undefined}>
            {t('nav.intake')}
          </RouterLink>
        </ServiceNavigationItem>
      )}
      {mayBeExpert(me) && (
        <ServiceNavigationItem selected={pathname.startsWith('/calendar')}>
          <RouterLink asComponent={Link} to="/calendar" aria-current={pathname === '/calendar' ? 'page' : undefined}>
            {t('nav.calendar')}
          </RouterLink>
        </ServiceNavigationItem>
      )}
      {booksConsultations(me) && (
        <ServiceNavigationItem selected={pathname.startsWith('/consultations')}>
          <RouterLink asComponent={Link} to="/consultations" aria-current={pathname === '/consultations' ? 'page' : undefined}>
            {t('nav.consultations')}
          </RouterLink>
        </ServiceNavigationItem>
      )}
      {seesTeams(me) && (
        <ServiceNavigationItem selected={inTeams}>
          <RouterLink asComponent={Link} to="/teams" aria-current={pathname === '/teams' ? 'page' : undefined}>
            {t('nav.teams')}
          </RouterLink>
        </ServiceNavigationItem>
      )}
      {seesCaseloadOverview(me) && (
        <ServiceNavigationItem selected={pathname === '/caseloads'}>
          <RouterLink asComponent={Link} to="/caseloads" aria-current={pathname === '/caseloads' ? 'page' : undefined}>
            {t('nav.caseloads')}
          </RouterLink>
        </ServiceNavigationItem>
      )}
    </ServiceNavigation>
  );
}
