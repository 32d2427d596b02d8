import { Button, Paragraph } from 'suomifi-ui-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '../api/case-coordination.types.js';
import { useConsents } from '../case/case.queries.js';
import { ConsentFormView } from '../case/consent.form.js';
import { WithdrawConsentButton } from '../case/withdraw-consent.button.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';

/**
 * The consents the family has given, in plain words, and what the reader may do with them when they
 * act on consents themselves (`acts`: a guardian; the young person from 15): withdraw one at once, give
 * a new one. Anyone else reads them and is told who decides.
 */
export function FamilyConsentsSection({ caseId, acts }: { caseId: string; acts: boolean }) {
  const { t } = useTranslation();
  const consents = useConsents(caseId);
  const [giving, setGiving] = useState(false);
  return (
    <PageSection title={t('family.consentsTitle')} className="page-section--wide">
      <Paragraph mb="s">{t('family.consentsLead')}</Paragraph>
      {!acts && <Paragraph mb="s">{t('family.consentsWho')}</Paragraph>}
      {consents.isPending ? (
        <LoadingState />
      ) : consents.isError ? (
        <ProblemNotice error={consents.error} onRetry={() => void consents.refetch()} />
      ) : consents.data.length === 0 ? (
        <EmptyState>{t('family.consentsEmpty')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {consents.data.map((consent) => (
            <ConsentItem key={consent.consentId} caseId={caseId} consent={consent} acts={acts} />
          ))}
        </ul>
      )}
      {acts &&
        (giving ? (
          <ConsentFormView caseId={caseId} recording={null} onDone={() => setGiving(false)} />
        ) : (
          <Button variant="secondary" mt="s" onClick={() => setGiving(true)}>
            {t('consentForm.giveTitle')}
          </Button>
        ))}
    </PageSection>
  );
}

function ConsentItem({ caseId, consent, acts }: { caseId: string; consent: Consent; acts: boolean }) {
  const { t } = useTranslation();
  const information = consent.informationClass ? t(`informationClass.${consent.informationClass}`) : '';
  const to = consent.toAgency ? t(`agency.${consent.toAgency}`) : '';
  const state = consent.withdrawn
    ? t('family.consentWithdrawn', { date: formatDate(consent.withdrawn.at ?? '') })
    : consent.inForce
      ? t('family.consentInForce')
      : t('family.consentNotInForce');
  return (
    <li>
      <Paragraph>
        <span className="timeline-entry__title">{t('family.consentWhat', { to: capitalised(to), information })}</span>
      </Paragraph>
      <Paragraph className="secondary-text">
        {[
          consent.validFrom && consent.validUntil
            ? t('family.consentValid', { from: formatDate(consent.validFrom), until: formatDate(consent.validUntil) })
            : null,
          consent.givenBy?.name ? t('family.consentGivenBy', { name: consent.givenBy.name }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Paragraph>
      <Paragraph>{state}</Paragraph>
      {acts && !consent.withdrawn && (
        <div className="table-action">
          <WithdrawConsentButton
            caseId={caseId}
            consent={consent}
            recording={false}
            label={t('casePage.consentWithdrawNamed', { information, to })}
          />
        </div>
      )}
    </li>
  );
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
