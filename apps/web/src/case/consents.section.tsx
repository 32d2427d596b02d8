import { Table } from 'suomifi-ui-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../api/case-coordination.types.js';
import { PageSection } from '../shared/page-section.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useConsents } from './case.queries.js';
import { ListQueryView } from './query-view.js';

/** The family's consents: which information, to which agency, for how long, and whether each is in force today. */
export function ConsentsSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const consents = useConsents(caseId);
  const columns = [
    { key: 'information', labelText: t('casePage.consentInformation') },
    { key: 'to', labelText: t('casePage.consentTo') },
    { key: 'valid', labelText: t('casePage.consentValid') },
    { key: 'givenBy', labelText: t('casePage.consentGivenBy') },
    { key: 'state', labelText: t('casePage.consentState') },
  ] as const;
  const state = (consent: Consent) =>
    consent.withdrawn
      ? t('casePage.consentWithdrawn', { date: formatDate(consent.withdrawn.at ?? '') })
      : consent.inForce
        ? t('casePage.consentInForce')
        : t('casePage.consentNotInForce');
  return (
    <PageSection title={t('casePage.consentsTitle')} headingId={headingId} className="page-section--wide">
      <ListQueryView query={consents} empty={t('casePage.consentsEmpty')}>
        {(items) => (
          <Table
            aria-labelledby={headingId}
            condensed
            columns={columns}
            data={items.map((consent) => ({
              id: consent.consentId ?? '',
              information: consent.informationClass ? t(`informationClass.${consent.informationClass}`) : '',
              to: consent.toAgency ? t(`agency.${consent.toAgency}`) : '',
              valid:
                consent.validFrom && consent.validUntil
                  ? t('common.dateRange', { from: formatDate(consent.validFrom), until: formatDate(consent.validUntil) })
                  : '',
              givenBy: [consent.givenBy?.name, consent.givenBy?.role ? t(`consentGiver.${consent.givenBy.role}`) : null]
                .filter(Boolean)
                .join(', '),
              state: state(consent),
            }))}
          />
        )}
      </ListQueryView>
    </PageSection>
  );
}
