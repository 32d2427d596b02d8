import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseSummary } from '../api/case-coordination.types.js';
import { useCaseDeadlines } from '../case/case.queries.js';
import { useMyCases } from '../home/home.queries.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { SignOffRemindersSection } from '../sign-off-reminders/sign-off-reminders.section.js';
import { formatDate } from '../time/finnish-format.util.js';
import { familySteps } from './family.util.js';

/** Screen 8's start: where a guardian, young person or foster carer lands — their own cases and what happens next in each. */
export function FamilyHome() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const cases = useMyCases();
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="xs">
        {t('home.greeting', { name: me.displayName })}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('family.homeLead')}
      </Paragraph>
      <SignOffRemindersSection />
      <PageSection title={t('family.casesTitle')}>
        {cases.isPending ? (
          <LoadingState />
        ) : cases.isError ? (
          <ProblemNotice error={cases.error} onRetry={() => void cases.refetch()} />
        ) : cases.data.length === 0 ? (
          <EmptyState>{t('family.casesEmpty')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {cases.data.map((kase) => (
              <FamilyCaseItem key={kase.id} kase={kase} />
            ))}
          </ul>
        )}
      </PageSection>
    </div>
  );
}

function FamilyCaseItem({ kase }: { kase: CaseSummary }) {
  const { t } = useTranslation();
  const deadlines = useCaseDeadlines(kase.id ?? '');
  const next = deadlines.isSuccess ? familySteps(deadlines.data).ahead[0] : undefined;
  return (
    <li>
      <RouterLink asComponent={Link} to={`/cases/${kase.id}`}>
        {t('family.openCase', { name: kase.childName ?? t('casePage.titleFallback') })}
      </RouterLink>
      <Paragraph className="secondary-text">
        {[
          kase.responsibleWorker?.displayName ? t('family.caseWorker', { name: kase.responsibleWorker.displayName }) : null,
          kase.openedAt ? t('family.caseStarted', { date: formatDate(kase.openedAt) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      {deadlines.isSuccess && (
        <Paragraph>
          {next
            ? t('family.nextLine', { step: t(`family.stepShort.${next.kind}`, { date: formatDate(next.dueOn!) }) })
            : t('family.nothingNext')}
        </Paragraph>
      )}
    </li>
  );
}
