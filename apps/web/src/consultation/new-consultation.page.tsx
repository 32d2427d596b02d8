import { Button, Heading, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, RouterLink } from 'suomifi-ui-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiProblem } from '../api/api-problem.js';
import { LoadingState } from '../shared/loading-state.js';
import { EmptyState } from '../shared/empty-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate, formatTime } from '../time/finnish-format.util.js';
import { AnonymousDetailsForm } from './anonymous-details.form.js';
import { isBookingProblem } from './booking-problem.util.js';
import {
  consultationTypes,
  emptyAnonymousForm,
  toHoldCommand,
  type AnonymousForm,
  type ChosenTime,
  type ConsultationType,
} from './booking.form.util.js';
import { useFreeSlots, useHoldSlot } from './consultation-booking.queries.js';
import { releaseHold, useReleaseOnLeave } from './hold-release.hook.js';
import type { Booking } from './outcome.form.util.js';
import { SlotPicker } from './slot-picker.js';
import { helsinkiDay, minutesLeft, slotSearchRange, weekdayOf, type Slot } from './slots.util.js';
import './consultation.css';

/** The service searches at most 8 weeks at a time. */
const maxSearchDays = 56;

interface Held extends ChosenTime {
  holdId: string;
  expiresAt: string;
  /** Whole minutes the hold had when it was taken, as the reader is told. */
  minutes: number;
}

/**
 * A teacher (or any professional who books) books an anonymous consultation in under two minutes:
 * the type; a free time from the joint free slots in Helsinki time, grouped by day; the time held
 * while the details are filled in; the anonymous details; confirm. A lost race offers the next free
 * times the service gave.
 */
export function NewConsultationPage() {
  const { t } = useTranslation();
  usePageTitle(t('consultationBooking.newTitle'));
  const [type, setType] = useState<ConsultationType>('school-child-protection');
  const [held, setHeld] = useState<Held | null>(null);
  const [lost, setLost] = useState<{ nextFree: readonly Slot[]; code: string } | null>(null);
  const [booked, setBooked] = useState<Booking | null>(null);
  const [details, setDetails] = useState<AnonymousForm>(emptyAnonymousForm);
  // Two weeks at first, as many as a phone shows well; later ones on request, up to the service's 8 weeks.
  const [days, setDays] = useState(14);
  const today = useMemo(() => new Date(), []);
  const range = slotSearchRange(today, days);
  const slots = useFreeSlots(type, range.from, range.to);
  const hold = useHoldSlot();
  // A hold not yet a booking is let go of when the reader leaves; choosing another time or type lets go at once.
  useReleaseOnLeave(booked ? null : (held?.holdId ?? null));

  /** The reader turns away from the time they held: it is let go of, so it is free for everyone again. */
  function letGo() {
    if (held) void releaseHold(held.holdId).then(() => slots.refetch());
    setHeld(null);
    hold.reset();
  }

  function loseTime(error: unknown) {
    setHeld(null);
    setLost({ nextFree: isBookingProblem(error) ? error.nextFree : [], code: isApiProblem(error) ? error.code : 'slot_taken' });
    void slots.refetch();
  }

  function choose(slot: Slot) {
    setLost(null);
    hold.mutate(toHoldCommand(type, slot), {
      onSuccess: (taken) =>
        setHeld({
          consultationType: type,
          slot,
          holdId: taken.holdId,
          expiresAt: taken.expiresAt,
          minutes: minutesLeft(taken.expiresAt, new Date()),
        }),
      onError: (error) => {
        if (isApiProblem(error) && error.code === 'slot_taken') loseTime(error);
      },
    });
  }

  if (booked)
    return (
      <BookedPanel
        booking={booked}
        onAnother={() => (setBooked(null), setHeld(null), setDetails(emptyAnonymousForm()), hold.reset())}
      />
    );

  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="s">
        {t('consultationBooking.newTitle')}
      </Heading>
      <Paragraph className="page-lead" mb="l">
        {t('consultationBooking.newLead')}
      </Paragraph>
      <RadioButtonGroup
        id="consultation-type"
        name="consultation-type"
        labelText={t('consultationBooking.typeLegend')}
        value={type}
        onChange={(value) => {
          setType(value as ConsultationType);
          letGo();
          setLost(null);
        }}
      >
        {consultationTypes.map((consultationType) => (
          <RadioButton
            key={consultationType}
            value={consultationType}
            hintText={t(`consultationBooking.typeHint.${consultationType}`)}
          >
            {t(`consultationBooking.type.${consultationType}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>

      {held ? (
        <>
          <HeldTime held={held} onAnother={letGo} />
          <AnonymousDetailsForm chosen={held} form={details} setForm={setDetails} onBooked={setBooked} onLost={loseTime} />
        </>
      ) : (
        <>
          {lost && <LostRace lost={lost} onChoose={choose} busy={hold.isPending} />}
          <PageSection title={t('consultationBooking.timesTitle')}>
            <Paragraph mb="s">{t('consultationBooking.timesLead')}</Paragraph>
            {hold.isError && !(isApiProblem(hold.error) && hold.error.code === 'slot_taken') && (
              <ProblemNotice error={hold.error} />
            )}
            {hold.isPending && <LoadingState />}
            {slots.isPending ? (
              <LoadingState />
            ) : slots.isError ? (
              <ProblemNotice error={slots.error} onRetry={() => void slots.refetch()} />
            ) : slots.data.length === 0 ? (
              <EmptyState>{t('consultationBooking.noTimes')}</EmptyState>
            ) : (
              <SlotPicker slots={slots.data} onChoose={choose} disabled={hold.isPending} />
            )}
            {days < maxSearchDays && !slots.isPending && (
              <Button variant="secondary" onClick={() => setDays((current) => Math.min(current + 14, maxSearchDays))}>
                {t('consultationBooking.showLater')}
              </Button>
            )}
          </PageSection>
        </>
      )}
    </div>
  );
}

/** The chosen time, that it is held for the reader and until when, and a way back to the times. */
function HeldTime({ held, onAnother }: { held: Held; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const day = helsinkiDay(held.slot.startsAt);
  return (
    <section className="page-section" aria-labelledby="chosen-time-heading">
      <Heading variant="h2" id="chosen-time-heading" ref={heading} tabIndex={-1} mb="s">
        {t('consultationBooking.chosenTitle')}
      </Heading>
      <Paragraph mb="xs">
        <strong>
          {t('consultationBooking.chosenTime', {
            weekday: t(`consultationBooking.weekday.${weekdayOf(day)}`),
            date: formatDate(day),
            start: formatTime(held.slot.startsAt),
            end: formatTime(held.slot.endsAt),
          })}
        </strong>
        {' · '}
        {t(`consultationBooking.type.${held.consultationType}`)}
      </Paragraph>
      <Paragraph mb="s">
        {t('consultationBooking.experts')}: {held.slot.experts.map((expert) => expert.displayName).join(', ')}
      </Paragraph>
      <InlineAlert status="neutral" mb="s" role="status">
        <Paragraph>{t('consultationBooking.heldFor', { minutes: held.minutes, until: formatTime(held.expiresAt) })}</Paragraph>
      </InlineAlert>
      <Button variant="secondary" onClick={onAnother}>
        {t('consultationBooking.chooseAnother')}
      </Button>
    </section>
  );
}

/** Someone took the time first (or the hold lapsed): the service's next free times, to choose from at once. */
function LostRace({
  lost,
  onChoose,
  busy,
}: {
  lost: { nextFree: readonly Slot[]; code: string };
  onChoose: (slot: Slot) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [lost]);
  return (
    <section className="page-section" aria-labelledby="lost-race-heading">
      <Heading variant="h2" id="lost-race-heading" ref={heading} tabIndex={-1} mb="s">
        {t(lost.code === 'slot_taken' ? 'consultationBooking.takenTitle' : 'consultationBooking.lapsedTitle')}
      </Heading>
      <InlineAlert status="warning" mb="s" role="alert">
        <Paragraph>{t(`problem.${lost.code}`)}</Paragraph>
      </InlineAlert>
      {lost.nextFree.length > 0 ? (
        <>
          <Paragraph mb="s">{t('consultationBooking.takenLead')}</Paragraph>
          <SlotPicker slots={lost.nextFree} onChoose={onChoose} disabled={busy} />
        </>
      ) : (
        lost.code === 'slot_taken' && <Paragraph mb="s">{t('consultationBooking.takenNone')}</Paragraph>
      )}
    </section>
  );
}

function BookedPanel({ booking, onAnother }: { booking: Booking; onAnother: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const day = helsinkiDay(booking.startsAt);
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="s">
        {t('consultationBooking.newTitle')}
      </Heading>
      <section className="page-section" aria-labelledby="booked-heading" role="status">
        <Heading variant="h2" id="booked-heading" ref={heading} tabIndex={-1} mb="s">
          {t('consultationBooking.bookedTitle')}
        </Heading>
        <Paragraph mb="s">
          {t('consultationBooking.bookedLead', {
            type: t(`consultationBooking.type.${booking.consultationType}`),
            when: t('consultationBooking.chosenTime', {
              weekday: t(`consultationBooking.weekday.${weekdayOf(day)}`),
              date: formatDate(day),
              start: formatTime(booking.startsAt),
              end: formatTime(booking.endsAt),
            }),
          })}
        </Paragraph>
        <Paragraph mb="s">
          {t('consultationBooking.experts')}: {booking.experts.map((expert) => expert.displayName).join(', ')}
        </Paragraph>
        <div className="form-row">
          <RouterLink asComponent={Link} to={`/consultations/${booking.bookingId}`}>
            {t('consultationBooking.toBooking')}
          </RouterLink>
          <RouterLink asComponent={Link} to="/consultations">
            {t('consultationBooking.toMine')}
          </RouterLink>
          <Button variant="secondary" onClick={onAnother}>
            {t('consultationBooking.bookAnother')}
          </Button>
        </div>
      </section>
    </div>
  );
}
