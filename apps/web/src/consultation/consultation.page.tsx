import { Heading, InlineAlert, Paragraph, RouterLink, StaticChip } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { FactList } from '../shared/fact-list.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDateTime } from '../time/finnish-format.util.js';
import { consultationWhen } from './booking-when.util.js';
import { useBooking } from './consultation-booking.queries.js';
import { NamingSection } from './naming.section.js';
import { OutcomeFormView } from './outcome.form.js';
import { outcomeTurn, type Booking } from './outcome.form.util.js';

/**
 * One consultation, for its booker and its experts (anyone else meets the not-found page, as the
 * service answers): when, who, the anonymous details or the topic, and its outcome — recorded here by
 * an attending expert once it has started, as the service allows; and, for one still anonymous, linking
 * it to the child's case when the guardian has consented or the law requires a notification.
 */
export function ConsultationPage() {
  const { bookingId = '' } = useParams();
  const { t } = useTranslation();
  const booking = useBooking(bookingId);
  usePageTitle(booking.isError && isNotFound(booking.error) ? null : t('consultationBooking.bookingTitle'));
  if (booking.isPending) return <LoadingState />;
  if (booking.isError)
    return isNotFound(booking.error) ? (
      <NotFoundPage />
    ) : (
      <ProblemNotice error={booking.error} onRetry={() => void booking.refetch()} />
    );
  return <ConsultationView booking={booking.data} />;
}

function ConsultationView({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const anonymous = booking.caseId === null;
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="xs">
        {t(`consultationBooking.type.${booking.consultationType}`)}
      </Heading>
      <Paragraph className="page-lead" mb="s">
        {consultationWhen(t, booking)}
      </Paragraph>
      <Paragraph mb="m">
        <StaticChip>{anonymous ? t('consultationBooking.anonymousTag') : t('consultationBooking.namedTag')}</StaticChip>{' '}
        <StaticChip>{t(`consultationBooking.status.${booking.status}`)}</StaticChip>
      </Paragraph>
      <PageSection title={t('consultationBooking.bookingTitle')}>
        <FactList
          facts={[
            { label: t('consultationBooking.experts'), value: booking.experts.map((expert) => expert.displayName).join(', ') },
            { label: t('consultationBooking.booker'), value: booking.booker.displayName },
            {
              label: t('consultationBooking.ageBandLabel'),
              value: booking.anonymous ? t(`consultationBooking.ageBand.${booking.anonymous.ageBand}`) : undefined,
            },
            { label: t('consultationBooking.school'), value: booking.anonymous?.school },
            {
              label: t('consultationBooking.concernLabel'),
              value: booking.anonymous ? t(`consultationBooking.concern.${booking.anonymous.concernCategory}`) : undefined,
            },
            { label: t('consultationBooking.description'), value: booking.anonymous?.description },
            { label: t('consultationBooking.topic'), value: booking.topic ?? undefined },
          ]}
        />
      </PageSection>
      <OutcomeSection booking={booking} />
      <NamingSection booking={booking} />
      <Paragraph mt="m">
        <RouterLink asComponent={Link} to="/consultations">
          {t('consultationBooking.backToMine')}
        </RouterLink>
      </Paragraph>
    </div>
  );
}

function OutcomeSection({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (booking.outcome) {
    return (
      <PageSection title={t('consultationBooking.outcomeTitle')}>
        <InlineAlert status="neutral" mb="s" role="status">
          <Paragraph>
            {t('consultationBooking.outcomeRecorded', {
              when: formatDateTime(booking.outcome.concludedAt),
              outcome: t(`consultationBooking.outcome.${booking.outcome.outcome}`),
            })}
          </Paragraph>
          {booking.outcome.outcome !== 'advice' && <Paragraph>{t('consultationBooking.outcomeToIntake')}</Paragraph>}
        </InlineAlert>
        {booking.outcome.summary && <Paragraph mb="s">{booking.outcome.summary}</Paragraph>}
      </PageSection>
    );
  }
  const turn = outcomeTurn(booking, me.userId, new Date());
  if (turn === 'closed') return null;
  return (
    <PageSection title={t('consultationBooking.outcomeTitle')}>
      {turn === 'record' ? (
        <OutcomeFormView bookingId={booking.bookingId} anonymous={booking.caseId === null} />
      ) : (
        <Paragraph mb="s">
          {t(turn === 'not-yet' ? 'consultationBooking.outcomeNotYet' : 'consultationBooking.outcomeBy')}
        </Paragraph>
      )}
    </PageSection>
  );
}
