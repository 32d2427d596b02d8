import { Button, Heading, InlineAlert, Paragraph, RouterLink, Text } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { isNotFound } from '../api/api-problem.js';
import { EmptyState } from '../shared/empty-state.js';
import { LoadingState } from '../shared/loading-state.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate, formatTime } from '../time/finnish-format.util.js';
import { finnishClock } from './availability.form.util.js';
import { useAvailability, useExpertWeek, useMyExpert } from './expert-calendar.queries.js';
import { addDays, byDay, helsinkiDate, isoWeekNumber, weekDays, weekdayOf, weekToShow } from './week.util.js';
import './expert-calendar.css';

type Booking = NonNullable<ReturnType<typeof useExpertWeek>['data']>[number];
type Exception = NonNullable<ReturnType<typeof useAvailability>['data']>['exceptions'][number];

/**
 * The expert's week, Monday to Sunday on Helsinki's calendar: consultations, holds and exceptions.
 * Each day is a section with its own heading and list, so a screen reader reads the week as lists; on
 * a wide screen the days stand side by side. An anonymous consultation shows no child data, only that
 * it is anonymous.
 */
export function ExpertCalendarPage() {
  const { t } = useTranslation();
  usePageTitle(t('expertCalendar.title'));
  const [params, setParams] = useSearchParams();
  const today = helsinkiDate(new Date());
  const monday = weekToShow(params.get('week'), new Date());
  const expert = useMyExpert();
  const expertId = expert.data?.expertId;
  const week = useExpertWeek(expertId, monday);
  const availability = useAvailability(expertId);
  const days = weekDays(monday);
  const goTo = (target: string) => setParams(target === weekToShow(null, new Date()) ? {} : { week: target });

  return (
    <>
      <Heading variant="h1" mb="s">
        {t('expertCalendar.title')}
      </Heading>
      <Paragraph mb="m">{t('expertCalendar.lead')}</Paragraph>
      {expert.isPending ? (
        <LoadingState />
      ) : expert.isError ? (
        isNotFound(expert.error) ? (
          <InlineAlert mb="m">{t('expertCalendar.notExpert')}</InlineAlert>
        ) : (
          <ProblemNotice error={expert.error} onRetry={() => void expert.refetch()} />
        )
      ) : (
        <>
          <nav aria-label={t('expertCalendar.weekNav')} className="week-nav">
            <Button variant="secondary" onClick={() => goTo(addDays(monday, -7))}>
              {t('expertCalendar.previousWeek')}
            </Button>
            <Button variant="secondary" onClick={() => goTo(weekToShow(null, new Date()))}>
              {t('expertCalendar.thisWeek')}
            </Button>
            <Button variant="secondary" onClick={() => goTo(addDays(monday, 7))}>
              {t('expertCalendar.nextWeek')}
            </Button>
            <RouterLink asComponent={Link} to="/calendar/availability">
              {t('expertCalendar.editAvailability')}
            </RouterLink>
          </nav>
          <Heading variant="h2" mb="s" aria-live="polite">
            {t('expertCalendar.week', {
              number: isoWeekNumber(monday),
              from: formatDate(monday),
              until: formatDate(addDays(monday, 6)),
            })}
          </Heading>
          {week.isPending || availability.isPending ? (
            <LoadingState />
          ) : week.isError ? (
            <ProblemNotice error={week.error} onRetry={() => void week.refetch()} />
          ) : availability.isError ? (
            <ProblemNotice error={availability.error} onRetry={() => void availability.refetch()} />
          ) : (
            <WeekDays
              days={days}
              today={today}
              bookings={byDay(days, week.data, (booking) => helsinkiDate(booking.startsAt))}
              exceptions={byDay(days, availability.data.exceptions, (exception) => exception.onDate)}
            />
          )}
        </>
      )}
    </>
  );
}

function WeekDays({
  days,
  today,
  bookings,
  exceptions,
}: {
  days: readonly string[];
  today: string;
  bookings: Map<string, Booking[]>;
  exceptions: Map<string, Exception[]>;
}) {
  const { t } = useTranslation();
  return (
    <div className="week-days">
      {days.map((day) => {
        const dayBookings = bookings.get(day) ?? [];
        const dayExceptions = exceptions.get(day) ?? [];
        const headingId = `day-${day}`;
        return (
          <section key={day} aria-labelledby={headingId} className={day === today ? 'week-day week-day-today' : 'week-day'}>
            <Heading variant="h3" id={headingId} mb="xs">
              {t('expertCalendar.dayHeading', {
                weekday: t(`expertCalendar.weekday.${weekdayOf(day)}`),
                date: formatDate(day),
              })}
              {day === today && <span className="week-day-today-label"> ({t('expertCalendar.today')})</span>}
            </Heading>
            {dayBookings.length === 0 && dayExceptions.length === 0 ? (
              <EmptyState>{t('expertCalendar.nothing')}</EmptyState>
            ) : (
              <ul className="plain-list week-day-items">
                {dayExceptions.map((exception) => (
                  <li key={exception.exceptionId} className={`calendar-exception calendar-exception-${exception.kind}`}>
                    <Text>
                      {t(`expertCalendar.exception.${exception.kind}`)}{' '}
                      {t('common.dateRange', {
                        from: finnishClock(exception.starts),
                        until: finnishClock(exception.ends),
                      })}
                    </Text>
                  </li>
                ))}
                {dayBookings.map((booking) => (
                  <BookingItem key={booking.bookingId} booking={booking} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

function BookingItem({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const time = t('common.dateRange', { from: formatTime(booking.startsAt), until: formatTime(booking.endsAt) });
  const held = booking.status === 'held';
  const statusText = held
    ? t('expertCalendar.held')
    : booking.status === 'confirmed'
      ? null
      : t(`expertCalendar.status.${booking.status}`);
  return (
    <li className={`calendar-booking calendar-booking-${booking.status}`}>
      <Text>
        <strong>{time}</strong> {t(`expertCalendar.type.${booking.consultationType}`)}
      </Text>
      <br />
      <Text className="secondary-text">
        {booking.caseId === null ? t('expertCalendar.anonymous') : t('expertCalendar.named')}
        {statusText && ` · ${statusText}`}
      </Text>
      {!held && (
        <>
          <br />
          <RouterLink
            asComponent={Link}
            to={`/consultations/${booking.bookingId}`}
            aria-label={t('expertCalendar.openLabel', { time })}
          >
            {t('expertCalendar.open')}
          </RouterLink>
        </>
      )}
    </li>
  );
}
