import { Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { CaseForReader } from '../api/case-coordination.types.js';
import { PageSection } from '../shared/page-section.js';

export function ResponsibleWorkerSection({ kase }: { kase: CaseForReader }) {
  const { t } = useTranslation();
  if (!kase.responsibleWorker?.displayName) return null;
  return (
    <PageSection title={t('casePage.workerTitle')}>
      <Paragraph>{kase.responsibleWorker.displayName}</Paragraph>
    </PageSection>
  );
}
