import { Heading, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../session/current-user.context.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { consultationWhen } from './booking-when.util.js';
import { useMyBookings } from './consultation-booking.queries.js';
import { sortMine, type Booking } from './outcome.form.util.js';

/** "My consultations": those the reader booked and those they attend as an expert, upcoming first; an expert's ones awaiting the outcome next. */
export function MyConsultationsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  usePageTitle(t('consultationBooking.mineTitle'));
  const bookings = useMyBookings();
  return (
    <>
      <Heading variant="h1" mb="s">
        {t('consultationBooking.mineTitle')}
      </Heading>
      <Paragraph className="page-lead" mb="s">
        {t('consultationBooking.mineLead')}
      </Paragraph>
      <Paragraph mb="l">
        <RouterLink asComponent={Link} to="/consultations/new">
          {t('consultationBooking.book')}
        </RouterLink>
      </Paragraph>
      {bookings.isPending ? (
        <LoadingState />
      ) : bookings.isError ? (
        <ProblemNotice error={bookings.error} onRetry={() => void bookings.refetch()} />
      ) : (
        <Lists {...sortMine(bookings.data, me.userId, new Date())} />
      )}
    </>
  );
}

function Lists({ upcoming, awaitingOutcome, earlier }: ReturnType<typeof sortMine>) {
  const { t } = useTranslation();
  return (
    <>
      <PageSection title={t('consultationBooking.upcoming')}>
        {upcoming.length === 0 ? (
          <EmptyState>{t('consultationBooking.noUpcoming')}</EmptyState>
        ) : (
          <BookingList bookings={upcoming} />
        )}
      </PageSection>
      {awaitingOutcome.length > 0 && (
        <PageSection title={t('consultationBooking.awaitingOutcome')}>
          <BookingList bookings={awaitingOutcome} />
        </PageSection>
      )}
      {earlier.length > 0 && (
        <PageSection title={t('consultationBooking.earlier')}>
          <BookingList bookings={earlier} />
        </PageSection>
      )}
    </>
  );
}

function BookingList({ bookings }: { bookings: Booking[] }) {
  const { t } = useTranslation();
  return (
    <ul className="plain-list">
      {bookings.map((booking) => (
        <li key={booking.bookingId}>
          <RouterLink asComponent={Link} to={`/consultations/${booking.bookingId}`}>
            {consultationWhen(t, booking)}
          </RouterLink>
          <Paragraph>
            {t(`consultationBooking.type.${booking.consultationType}`)} · {t(`consultationBooking.status.${booking.status}`)}
          </Paragraph>
          <Paragraph className="secondary-text">
            {t('consultationBooking.experts')}: {booking.experts.map((expert) => expert.displayName).join(', ')} ·{' '}
            {t('consultationBooking.booker')}: {booking.booker.displayName}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
