import { Button, Table } from 'suomifi-ui-components';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseForReader, Consent } from '../api/case-coordination.types.js';
import { PageSection } from '../shared/page-section.js';
import { formatDate } from '../time/finnish-format.util.js';
import { useConsents } from './case.queries.js';
import { ConsentFormView } from './consent.form.js';
import { ListQueryView } from './query-view.js';
import { WithdrawConsentButton } from './withdraw-consent.button.js';

/**
 * How the reader takes part in consents: a social worker records those the family gives on paper or
 * by word of mouth, a guardian or young person gives and withdraws their own, others only read.
 */
export type ConsentRole = 'record' | 'own' | null;

/** The family's consents: which information, to which agency, for how long, and whether each is in force today. */
export function ConsentsSection({ caseId, kase, role }: { caseId: string; kase: CaseForReader; role: ConsentRole }) {
  const { t } = useTranslation();
  const headingId = useId();
  const consents = useConsents(caseId);
  const [giving, setGiving] = useState(false);
  const columns = [
    { key: 'information', labelText: t('casePage.consentInformation') },
    { key: 'to', labelText: t('casePage.consentTo') },
    { key: 'valid', labelText: t('casePage.consentValid') },
    { key: 'givenBy', labelText: t('casePage.consentGivenBy') },
    { key: 'state', labelText: t('casePage.consentState') },
  ];
  const state = (consent: Consent) =>
    consent.withdrawn
      ? t('casePage.consentWithdrawn', { date: formatDate(consent.withdrawn.at ?? '') })
      : consent.inForce
        ? t('casePage.consentInForce')
        : t('casePage.consentNotInForce');
  const information = (consent: Consent) => (consent.informationClass ? t(`informationClass.${consent.informationClass}`) : '');
  const to = (consent: Consent) => (consent.toAgency ? t(`agency.${consent.toAgency}`) : '');
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
              information: information(consent),
              to: to(consent),
              valid:
                consent.validFrom && consent.validUntil
                  ? t('common.dateRange', { from: formatDate(consent.validFrom), until: formatDate(consent.validUntil) })
                  : '',
              givenBy: (
                <>
                  {consent.givenBy?.name && <span>{consent.givenBy.name}</span>}
                  <br />
                  <span className="secondary-text">
                    {[
                      consent.givenBy?.role ? t(`consentGiver.${consent.givenBy.role}`) : null,
                      consent.method ? t(`consentMethod.${consent.method}`) : null,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </span>
                </>
              ),
              state: (
                <>
                  <span>{state(consent)}</span>
                  {role && !consent.withdrawn && (
                    <div className="table-action">
                      <WithdrawConsentButton
                        caseId={caseId}
                        consent={consent}
                        recording={role === 'record'}
                        label={t('casePage.consentWithdrawNamed', { information: information(consent), to: to(consent) })}
                      />
                    </div>
                  )}
                </>
              ),
            }))}
          />
        )}
      </ListQueryView>
      {role &&
        (giving ? (
          <ConsentFormView
            caseId={caseId}
            recording={role === 'record' ? { guardians: kase.guardians ?? [] } : null}
            onDone={() => setGiving(false)}
          />
        ) : (
          <Button variant="secondary" mt="s" onClick={() => setGiving(true)}>
            {t(role === 'record' ? 'consentForm.recordTitle' : 'consentForm.giveTitle')}
          </Button>
        ))}
    </PageSection>
  );
}
