import { Heading, Paragraph, StaticChip } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { CaseForReader } from '../api/case-coordination.types.js';
import { formatDate } from '../time/finnish-format.util.js';

export function CaseHeader({ kase }: { kase: CaseForReader }) {
  const { t } = useTranslation();
  return (
    <div className="case-header">
      <Heading variant="h1" mb="xs">
        {kase.child?.name ?? t('casePage.titleFallback')}
      </Heading>
      <Paragraph className="page-lead">
        {kase.status && <StaticChip mr="xs">{t(`casePage.status.${kase.status}`)}</StaticChip>}
        {kase.receivedAt &&
          t('casePage.summary', { date: formatDate(kase.receivedAt), origin: kase.origin ? t(`origin.${kase.origin}`) : '' })}
      </Paragraph>
    </div>
  );
}
