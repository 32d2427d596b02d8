import { Link } from 'react-router';
import { Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { CaseForReader } from '../api/case-coordination.types.js';
import { PageSection } from '../shared/page-section.js';

/** The case's responsible social worker; for whoever may hand the case over (`handsOver`), the way to the handover. */
export function ResponsibleWorkerSection({ kase, handsOver = false }: { kase: CaseForReader; handsOver?: boolean }) {
  const { t } = useTranslation();
  if (!kase.responsibleWorker?.displayName) return null;
  return (
    <PageSection title={t('casePage.workerTitle')}>
      <Paragraph>{kase.responsibleWorker.displayName}</Paragraph>
      {handsOver && kase.id && (
        <Paragraph mt="s">
          <RouterLink asComponent={Link} to={`/cases/${kase.id}/handover`}>
            {t('handover.link')}
          </RouterLink>
        </Paragraph>
      )}
    </PageSection>
  );
}
