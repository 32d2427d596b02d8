import { Link, Paragraph } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { planPdfUrl, planFhirUrl, printLanguageOf } from './plan-documents.util.js';
import type { PlanVersion } from './plan.util.js';

/**
 * The version printed (a PDF in the reader's language, with its fingerprint and signature record)
 * and, for the version in force, its standard export (HL7 FHIR R4). Both are read through the
 * gateway like the page, and audited by the service.
 */
export function PlanDocumentLinks({ caseId, version }: { caseId: string; version: PlanVersion }) {
  const { t, i18n } = useTranslation();
  return (
    <Paragraph mt="xs" className="plan-documents">
      <Link href={planPdfUrl(caseId, version.version, printLanguageOf(i18n.language))} target="_blank" rel="noopener">
        {t('plan.printVersion', { version: version.version })}
      </Link>
      {version.status === 'in-force' && (
        <>
          {' · '}
          <Link href={planFhirUrl(caseId)} target="_blank" rel="noopener">
            {t('plan.exportFhir')}
          </Link>
        </>
      )}
    </Paragraph>
  );
}
