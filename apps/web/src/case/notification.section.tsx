import { useTranslation } from 'react-i18next';
import type { CaseForReader } from '../api/case-coordination.types.js';
import { FactList } from '../shared/fact-list.js';
import { PageSection } from '../shared/page-section.js';

/** The child welfare notification: shown only to readers the service gives any of it to. */
export function NotificationSection({ kase }: { kase: CaseForReader }) {
  const { t } = useTranslation();
  const notification = kase.notification;
  if (!notification || (notification.channel == null && notification.notifierName == null && notification.content == null))
    return null;
  return (
    <PageSection title={t('casePage.notificationTitle')}>
      <FactList
        facts={[
          { label: t('casePage.channel'), value: notification.channel ? t(`channel.${notification.channel}`) : undefined },
          { label: t('casePage.notifierName'), value: notification.notifierName ?? undefined },
          { label: t('casePage.content'), value: notification.content ?? undefined },
        ]}
      />
    </PageSection>
  );
}
