import { Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import type { components } from '../api/consultation-booking.openapi.js';
import { formatDate, formatTime } from '../time/finnish-format.util.js';

export type CaseConsultation = components['schemas']['Booking'];

/** `7.12.2026 klo 10.00–10.45`: a consultation's time on Helsinki's clock, in the reader's words. */
export function useConsultationTime() {
  const { t } = useTranslation();
  return (startsAt: string, endsAt: string) =>
    t('caseConsultations.when', { date: formatDate(startsAt), start: formatTime(startsAt), end: formatTime(endsAt) });
}

/**
 * A case's consultations, earliest first: each one's kind, time, state, experts and outcome kind for
 * everyone the service shows them to; what it is about and what the expert said only where the service
 * sends them (the reader sees their information class), and said to be hidden where it does not.
 */
export function ConsultationList({ consultations }: { consultations: readonly CaseConsultation[] }) {
  const { t } = useTranslation();
  const when = useConsultationTime();
  return (
    <ol className="plain-list case-consultations">
      {consultations.map((consultation) => {
        const hidden = consultation.topic === null || (consultation.outcome !== null && consultation.outcome.summary === null);
        return (
          <li key={consultation.bookingId}>
            <Text className="timeline-entry__title">
              {t(`timelineDetail.consultationType.${consultation.consultationType}`)}:{' '}
              {t(`caseConsultations.status.${consultation.status}`)}
            </Text>
            <br />
            <Text>{when(consultation.startsAt, consultation.endsAt)}</Text>
            <br />
            <Text className="secondary-text">
              {t('caseConsultations.experts', { names: consultation.experts.map((expert) => expert.displayName).join(', ') })}
              {' · '}
              {t('caseConsultations.bookedBy', { name: consultation.booker.displayName })}
            </Text>
            {consultation.named && (
              <>
                <br />
                <Text className="secondary-text">
                  {t('caseConsultations.named', {
                    date: formatDate(consultation.named.namedAt),
                    ground: t(`timelineDetail.namingGround.${consultation.named.ground}`),
                  })}
                </Text>
              </>
            )}
            {consultation.topic !== null && (
              <>
                <br />
                <Text>{t('caseConsultations.topic', { topic: consultation.topic })}</Text>
              </>
            )}
            {consultation.outcome && (
              <>
                <br />
                <Text>
                  {t('caseConsultations.outcome', {
                    outcome: t(`timelineDetail.consultationOutcome.${consultation.outcome.outcome}`),
                  })}
                </Text>
                {consultation.outcome.summary !== null && (
                  <>
                    <br />
                    <Text>{t('caseConsultations.said', { summary: consultation.outcome.summary })}</Text>
                  </>
                )}
              </>
            )}
            {hidden && (
              <>
                <br />
                <Text className="secondary-text">{t('caseConsultations.hidden')}</Text>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
