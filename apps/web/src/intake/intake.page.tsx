import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { EmptyState } from '../shared/empty-state.js';
import { FactList } from '../shared/fact-list.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDateTime } from '../time/finnish-format.util.js';
import { useIntake } from './intake.queries.js';
import { usesIntake, waitingFirst, type IntakeItem } from './intake.util.js';
import { OpenFromIntakeForm } from './open-from-intake.form.js';

/**
 * Child protection's intake: the notifications and referrals consultations ended with, oldest first,
 * each opened as the child's case in one step — the notification prefilled from the item and the
 * law's clocks from the day it was received — landing on the case page. Only the roles the service
 * lets read it see it; anyone else meets the not-found page.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const allowed = usesIntake(me);
  const intake = useIntake(allowed);
  usePageTitle(allowed ? t('intake.title') : null);
  if (!allowed) return <NotFoundPage />;
  return (
    <>
      <Heading variant="h1" mb="s">
        {t('intake.title')}
      </Heading>
      <Paragraph className="page-lead" mb="l">
        {t('intake.lead')}
      </Paragraph>
      {intake.isPending ? (
        <LoadingState />
      ) : intake.isError ? (
        <ProblemNotice error={intake.error} onRetry={() => void intake.refetch()} />
      ) : waitingFirst(intake.data).length === 0 ? (
        <EmptyState>{t('intake.empty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {waitingFirst(intake.data).map((item) => (
            <li key={item.itemId}>
              <IntakeEntry item={item} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function IntakeEntry({ item }: { item: IntakeItem }) {
  const { t } = useTranslation();
  const [opening, setOpening] = useState(false);
  const headingId = `intake-${item.itemId}`;
  const words = { kind: t(`intake.kind.${item.kind}`), received: formatDateTime(item.receivedAt) };
  return (
    <article aria-labelledby={headingId}>
      <Heading variant="h2" id={headingId} mb="xs">
        {t('intake.itemHeading', words)}
      </Heading>
      <FactList
        facts={[
          { label: t('intake.notifier'), value: item.notifier.displayName },
          { label: t('intake.consultation'), value: t(`consultationBooking.type.${item.consultationType}`) },
          { label: t('intake.school'), value: item.school ?? undefined },
          { label: t('intake.ageBand'), value: item.ageBand ? t(`consultationBooking.ageBand.${item.ageBand}`) : undefined },
          {
            label: t('intake.concern'),
            value: item.concernCategory ? t(`consultationBooking.concern.${item.concernCategory}`) : undefined,
          },
          { label: t('intake.summary'), value: item.summary },
        ]}
      />
      {opening ? (
        <OpenFromIntakeForm item={item} onCancel={() => setOpening(false)} />
      ) : (
        <Button aria-label={t('intake.openCaseFor', words)} onClick={() => setOpening(true)}>
          {t('intake.openCase')}
        </Button>
      )}
    </article>
  );
}
