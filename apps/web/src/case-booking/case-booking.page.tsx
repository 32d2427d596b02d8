import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  Button,
  Checkbox,
  Heading,
  InlineAlert,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  RouterLink,
  Textarea,
} from 'suomifi-ui-components';
import { answer, bookingApi } from '../api/api-client.js';
import { isApiProblem, isNotFound } from '../api/api-problem.js';
import { queryKeys } from '../api/query-keys.js';
import { useCareTeam, useCase } from '../case/case.queries.js';
import { NotFoundPage } from '../not-found/not-found.page.js';
import { useCurrentUser } from '../session/current-user.context.js';
import { EmptyState } from '../shared/empty-state.js';
import { FormErrorSummary } from '../shared/form-error-summary.js';
import { LoadingState } from '../shared/loading-state.js';
import { PageSection } from '../shared/page-section.js';
import { usePageTitle } from '../shared/page-title.hook.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate, formatTime } from '../time/finnish-format.util.js';
import { useExpertFreeTimes, useLiaisonExperts } from './case-booking.queries.js';
import {
  bookingErrorsFromProblem,
  bookingFields,
  preferredExpert,
  searchWindow,
  timesByDay,
  toNamedBookingCommand,
  type BookingErrors,
  type BookingForm,
  type FreeTime,
  type HeldTime,
  type NamedBookingCommand,
} from './case-booking.util.js';
import { useConsultationTime } from './consultation-list.js';

const inputIds = { topic: 'case-booking-topic', legalBasis: 'case-booking-legal-basis' } as const;
const labels = { topic: 'caseBooking.topic', legalBasis: 'caseBooking.legalBasis' } as const;

/**
 * A psychiatry liaison consultation for the child of a case (`/cases/:caseId/consultations/new`): the
 * liaison nurse or clinician (the one on the care team offered first), their free times by day on
 * Helsinki's clock, the time held while the booker says what it is about, then confirmed. Who will see
 * the topic is said beside it before anything is shared.
 */
export function CaseBookingPage() {
  const { caseId = '' } = useParams();
  const { t } = useTranslation();
  const kase = useCase(caseId);
  usePageTitle(kase.isSuccess ? t('caseBooking.title') : null);
  if (kase.isPending) return <LoadingState />;
  if (kase.isError)
    return isNotFound(kase.error) ? <NotFoundPage /> : <ProblemNotice error={kase.error} onRetry={() => void kase.refetch()} />;
  return <CaseBookingForm caseId={caseId} child={kase.data.child?.name ?? ''} />;
}

function CaseBookingForm({ caseId, child }: { caseId: string; child: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const when = useConsultationTime();
  const span = useMemo(() => searchWindow(new Date()), []);
  const experts = useLiaisonExperts();
  const careTeam = useCareTeam(caseId);
  const [expertId, setExpertId] = useState<string | null>(null);
  const [day, setDay] = useState<string | null>(null);
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [held, setHeld] = useState<(HeldTime & { endsAt: string; expiresAt: string }) | null>(null);
  const [form, setForm] = useState<BookingForm>({ topic: '', legalBasis: false });
  const [errors, setErrors] = useState<BookingErrors>({});
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const heldHeading = useRef<HTMLHeadingElement>(null);
  const careTeamIds = (careTeam.data ?? []).flatMap((member) =>
    member.active !== false && member.userId ? [member.userId] : [],
  );

  // The expert on the child's care team is offered first, once both lists are in.
  useEffect(() => {
    if (expertId === null && experts.isSuccess && !careTeam.isPending) setExpertId(preferredExpert(experts.data, careTeamIds));
  }, [expertId, experts.isSuccess, experts.data, careTeam.isPending, careTeamIds]);

  const times = useExpertFreeTimes(expertId, span.from, span.to);
  const days = useMemo(() => timesByDay(times.data ?? []), [times.data]);
  const ofDay = days.find((entry) => entry.day === day) ?? days[0];

  const hold = useMutation({
    mutationFn: (time: FreeTime) =>
      answer(
        bookingApi.POST('/holds', {
          body: { consultationType: 'psychiatry-liaison', startsAt: time.startsAt, expertIds: [expertId!] },
        }),
      ),
    onSuccess: (answered) => {
      setHeld({
        holdId: answered.holdId,
        startsAt: answered.booking.startsAt,
        endsAt: answered.booking.endsAt,
        expertId: expertId!,
        expiresAt: answered.expiresAt,
      });
      requestAnimationFrame(() => heldHeading.current?.focus());
    },
    // Someone was first: the times are asked again, so the taken one is gone.
    onError: () => void times.refetch(),
  });
  const book = useMutation({
    mutationFn: (command: NamedBookingCommand) =>
      answer(bookingApi.POST('/cases/{caseId}/bookings', { params: { path: { caseId } }, body: command })),
    onSuccess: (booked) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.mine });
      void queryClient.invalidateQueries({ queryKey: ['slots'] });
      void navigate(`/cases/${caseId}/consultations`, { state: { booked: when(booked.startsAt, booked.endsAt) } });
    },
    onError: (error) => {
      const tied = bookingErrorsFromProblem(isApiProblem(error) ? error.code : null);
      if (tied) showErrors(tied);
    },
  });
  const bookRefusedElsewhere =
    book.isError && bookingErrorsFromProblem(isApiProblem(book.error) ? book.error.code : null) === null;

  function showErrors(found: BookingErrors) {
    setErrors(found);
    requestAnimationFrame(() => summaryHeading.current?.focus());
  }
  function chooseAgain() {
    setHeld(null);
    setStartsAt(null);
    book.reset();
    hold.reset();
    void times.refetch();
  }
  function confirm() {
    if (!held) return;
    const result = toNamedBookingCommand(form, held);
    if ('errors' in result) return showErrors(result.errors);
    setErrors({});
    book.mutate(result.command);
  }
  const dayLabel = (isoDay: string, count: number) => {
    const weekday = new Date(`${isoDay}T12:00:00Z`).getUTCDay() || 7;
    return t('caseBooking.dayOption', { weekday: t(`caseBooking.weekday.${weekday}`), date: formatDate(isoDay), count });
  };

  return (
    <>
      <Heading variant="h1" mb="xs">
        {t('caseBooking.title')}
      </Heading>
      <Paragraph className="page-lead" mb="m">
        {t('caseBooking.lead', { child })}
      </Paragraph>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to={`/cases/${caseId}/consultations`}>
          {t('caseBooking.back')}
        </RouterLink>
      </Paragraph>

      {!held && (
        <PageSection title={t('caseBooking.chooseTime')}>
          {experts.isPending && <LoadingState />}
          {experts.isError && <ProblemNotice error={experts.error} onRetry={() => void experts.refetch()} />}
          {experts.isSuccess && experts.data.length === 0 && <EmptyState>{t('caseBooking.noExperts')}</EmptyState>}
          {experts.isSuccess && experts.data.length > 0 && (
            <RadioButtonGroup
              id="case-booking-expert"
              name="case-booking-expert"
              labelText={t('caseBooking.expert')}
              value={expertId ?? ''}
              onChange={(value) => {
                setExpertId(value);
                setDay(null);
                setStartsAt(null);
                hold.reset();
              }}
              mb="l"
            >
              {experts.data.map((expert) => (
                <RadioButton key={expert.expertId} value={expert.expertId}>
                  {t(careTeamIds.includes(expert.userId) ? 'caseBooking.expertOnTeam' : 'caseBooking.expertOption', {
                    name: expert.displayName,
                    kind: t(`caseBooking.kind.${expert.kind}`),
                  })}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          )}
          {expertId !== null && times.isPending && <LoadingState />}
          {times.isError && <ProblemNotice error={times.error} onRetry={() => void times.refetch()} />}
          {times.isSuccess && days.length === 0 && <EmptyState>{t('caseBooking.noTimes')}</EmptyState>}
          {ofDay && (
            <form
              noValidate
              aria-label={t('caseBooking.chooseTime')}
              onSubmit={(event) => {
                event.preventDefault();
                const time = ofDay.times.find((one) => one.startsAt === startsAt);
                if (time) hold.mutate(time);
              }}
            >
              <RadioButtonGroup
                id="case-booking-day"
                name="case-booking-day"
                labelText={t('caseBooking.day')}
                value={ofDay.day}
                onChange={(value) => {
                  setDay(value);
                  setStartsAt(null);
                }}
                mb="l"
              >
                {days.map((entry) => (
                  <RadioButton key={entry.day} value={entry.day}>
                    {dayLabel(entry.day, entry.times.length)}
                  </RadioButton>
                ))}
              </RadioButtonGroup>
              <RadioButtonGroup
                key={ofDay.day}
                id="case-booking-time"
                name="case-booking-time"
                labelText={t('caseBooking.time')}
                value={startsAt ?? ''}
                onChange={setStartsAt}
                className="case-booking__times"
                mb="l"
              >
                {ofDay.times.map((time) => (
                  <RadioButton key={time.startsAt} value={time.startsAt}>
                    {t('caseBooking.timeOption', { start: formatTime(time.startsAt), end: formatTime(time.endsAt) })}
                  </RadioButton>
                ))}
              </RadioButtonGroup>
              {hold.isError && <ProblemNotice error={hold.error} />}
              {hold.isPending ? (
                <Button type="submit" loading ariaLoadingText={t('caseBooking.holding')}>
                  {t('caseBooking.hold')}
                </Button>
              ) : (
                <Button type="submit" disabled={startsAt === null}>
                  {t('caseBooking.hold')}
                </Button>
              )}
            </form>
          )}
        </PageSection>
      )}

      {held && (
        <section aria-labelledby="case-booking-held" className="page-section">
          <Heading variant="h2" id="case-booking-held" ref={heldHeading} tabIndex={-1} mb="s">
            {t('caseBooking.chosenTime')}
          </Heading>
          <InlineAlert status="neutral" role="status" mb="m">
            {t('caseBooking.held', { when: when(held.startsAt, held.endsAt), until: formatTime(held.expiresAt) })}
          </InlineAlert>
          <form
            noValidate
            aria-label={t('caseBooking.title')}
            onSubmit={(event) => {
              event.preventDefault();
              confirm();
            }}
          >
            <FormErrorSummary
              fields={bookingFields}
              errors={errors}
              labels={labels}
              inputIds={inputIds}
              headingText={t('caseBooking.errorSummary')}
              headingRef={summaryHeading}
              headingVariant="h3"
            />
            {bookRefusedElsewhere && <ProblemNotice error={book.error} />}
            <Textarea
              id={inputIds.topic}
              labelText={t('caseBooking.topic')}
              hintText={t('caseBooking.topicHint')}
              value={form.topic}
              onChange={(event) => {
                setForm((current) => ({ ...current, topic: event.target.value }));
                setErrors((current) => ({ legalBasis: current.legalBasis }));
              }}
              fullWidth
              mb="l"
              {...(errors.topic ? { status: 'error' as const, statusText: t(errors.topic) } : {})}
            />
            {me.roles.includes('cp-social-worker') && (
              <Checkbox
                id={inputIds.legalBasis}
                checked={form.legalBasis}
                onClick={({ checkboxState }) => {
                  setForm((current) => ({ ...current, legalBasis: checkboxState }));
                  setErrors((current) => ({ topic: current.topic }));
                }}
                hintText={t('caseBooking.legalBasisHint')}
                {...(errors.legalBasis ? { status: 'error' as const, statusText: t(errors.legalBasis) } : {})}
              >
                {t('caseBooking.legalBasis')}
              </Checkbox>
            )}
            <div className="form-row">
              {book.isPending ? (
                <Button type="submit" loading ariaLoadingText={t('caseBooking.confirming')}>
                  {t('caseBooking.confirm')}
                </Button>
              ) : (
                <Button type="submit">{t('caseBooking.confirm')}</Button>
              )}
              <Button type="button" variant="secondary" onClick={chooseAgain}>
                {t('caseBooking.chooseAgain')}
              </Button>
            </div>
          </form>
        </section>
      )}
    </>
  );
}
