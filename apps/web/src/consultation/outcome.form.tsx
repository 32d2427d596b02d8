import { Button, InlineAlert, Paragraph, RadioButton, RadioButtonGroup, SpacingProvider, Textarea } from 'suomifi-ui-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '../api/api-problem.js';
import { FormErrorSummary } from '../shared/form-error-summary.js';
import { formMargins } from '../shared/form-spacing.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { isBookingProblem } from './booking-problem.util.js';
import { useRecordOutcome } from './consultation-booking.queries.js';
import {
  consultationOutcomes,
  outcomeFields,
  summaryMax,
  toOutcomeCommand,
  type ConsultationOutcome,
  type OutcomeErrors,
  type OutcomeField,
  type OutcomeForm,
} from './outcome.form.util.js';

const fieldLabels: Record<OutcomeField, string> = {
  outcome: 'consultationBooking.outcomeLegend',
  summary: 'consultationBooking.summary',
};
const inputIds: Record<OutcomeField, string> = { outcome: 'outcome-advice', summary: 'outcome-summary' };

/**
 * The attending expert records what the consultation ended with: advice, the school's child welfare
 * notification, or a referral into an assessment; the last two say what they are about, without
 * naming the child, and go on to child protection's intake.
 */
export function OutcomeFormView({ bookingId, anonymous }: { bookingId: string; anonymous: boolean }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<OutcomeForm>({ outcome: '', summary: '' });
  const [errors, setErrors] = useState<OutcomeErrors>({});
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const record = useRecordOutcome(bookingId);

  function showErrors(found: OutcomeErrors) {
    setErrors(found);
    requestAnimationFrame(() => summaryHeading.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = toOutcomeCommand(form);
    if ('errors' in result) return showErrors(result.errors);
    setErrors({});
    record.mutate(result.command, {
      onError: (error) => {
        if (!isApiProblem(error)) return;
        if (error.code === 'identifying_detail_refused' && isBookingProblem(error) && error.found.length > 0)
          showErrors({ summary: 'consultationBooking.identifyingHere' });
        else if (error.code === 'outcome_summary_required') showErrors({ summary: 'consultationBooking.summaryRequired' });
      },
    });
  }

  const shownAtFields =
    isApiProblem(record.error) && ['identifying_detail_refused', 'outcome_summary_required'].includes(record.error.code);
  const needsSummary = form.outcome === 'notification' || form.outcome === 'referral';

  return (
    <SpacingProvider margins={formMargins}>
      <form onSubmit={submit} noValidate aria-label={t('consultationBooking.outcomeTitle')}>
        <FormErrorSummary
          fields={outcomeFields}
          errors={errors}
          labels={fieldLabels}
          inputIds={inputIds}
          headingText={t('consultationBooking.errorSummary')}
          headingRef={summaryHeading}
          headingVariant="h3"
        />
        {record.isError && !shownAtFields && <ProblemNotice error={record.error} />}
        <RadioButtonGroup
          id="outcome"
          name="outcome"
          labelText={t('consultationBooking.outcomeLegend')}
          value={form.outcome}
          onChange={(value) => {
            setForm((current) => ({ ...current, outcome: value as ConsultationOutcome }));
            setErrors(({ outcome: _answered, ...rest }) => rest);
          }}
          groupStatus={errors.outcome ? 'error' : 'default'}
          groupStatusText={errors.outcome ? t(errors.outcome) : undefined}
        >
          {consultationOutcomes.map((outcome) => (
            <RadioButton
              key={outcome}
              id={`outcome-${outcome}`}
              value={outcome}
              hintText={t(`consultationBooking.outcomeHint.${outcome}`)}
            >
              {t(`consultationBooking.outcome.${outcome}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <Textarea
          id="outcome-summary"
          labelText={t('consultationBooking.summary')}
          hintText={anonymous ? t('consultationBooking.summaryHint') : undefined}
          optionalText={needsSummary ? undefined : t('common.optional')}
          maxLength={summaryMax}
          value={form.summary}
          onChange={(event) => {
            setForm((current) => ({ ...current, summary: event.target.value }));
            setErrors(({ summary: _corrected, ...rest }) => rest);
          }}
          fullWidth
          {...(errors.summary ? { status: 'error' as const, statusText: t(errors.summary) } : {})}
        />
        {needsSummary && (
          <InlineAlert status="neutral" mb="s">
            <Paragraph>{t(`consultationBooking.outcomeHint.${form.outcome}`)}</Paragraph>
          </InlineAlert>
        )}
        {record.isPending ? (
          <Button type="submit" loading ariaLoadingText={t('consultationBooking.recording')}>
            {t('consultationBooking.recordOutcome')}
          </Button>
        ) : (
          <Button type="submit">{t('consultationBooking.recordOutcome')}</Button>
        )}
      </form>
    </SpacingProvider>
  );
}
