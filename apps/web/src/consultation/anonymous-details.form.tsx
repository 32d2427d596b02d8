import {
  Button,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  SpacingProvider,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiProblem } from '../api/api-problem.js';
import { FormErrorSummary } from '../shared/form-error-summary.js';
import { formMargins } from '../shared/form-spacing.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { isBookingProblem } from './booking-problem.util.js';
import {
  ageBands,
  anonymousFields,
  concernCategories,
  errorsOfRefusal,
  limits,
  toBookingCommand,
  type AgeBand,
  type AnonymousErrors,
  type AnonymousField,
  type AnonymousForm,
  type ChosenTime,
  type ConcernCategory,
} from './booking.form.util.js';
import { useBookAnonymous } from './consultation-booking.queries.js';
import type { Booking } from './outcome.form.util.js';

const fieldLabels: Record<AnonymousField, string> = {
  ageBand: 'consultationBooking.ageBandLabel',
  school: 'consultationBooking.school',
  concernCategory: 'consultationBooking.concernLabel',
  description: 'consultationBooking.description',
};

/** Where the error summary sends focus (the design system's dropdown is its button). */
const inputIds: Record<AnonymousField, string> = {
  ageBand: 'ageBand_button',
  school: 'school',
  concernCategory: 'concernCategory_button',
  description: 'description',
};

/**
 * The anonymous consultation's details: age band, school, concern and a few words, with the rule that
 * nothing identifying goes there said before the fields. The service's refusal of a name, an identity
 * code or the like is shown at the field it was found in; a time lost meanwhile goes back to the caller.
 */
export function AnonymousDetailsForm({
  chosen,
  form,
  setForm,
  onBooked,
  onLost,
}: {
  chosen: ChosenTime;
  /** Kept by the page, so the details typed survive choosing another time after a lost one. */
  form: AnonymousForm;
  setForm: (update: (current: AnonymousForm) => AnonymousForm) => void;
  onBooked: (booking: Booking) => void;
  /** The time is gone (taken by someone else, or the hold lapsed): the next free times when the service gave them. */
  onLost: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<AnonymousErrors>({});
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const book = useBookAnonymous();

  function showErrors(found: AnonymousErrors) {
    setErrors(found);
    requestAnimationFrame(() => summaryHeading.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = toBookingCommand(form, chosen);
    if ('errors' in result) return showErrors(result.errors);
    setErrors({});
    book.mutate(result.command, {
      onSuccess: onBooked,
      onError: (error) => {
        if (!isApiProblem(error)) return;
        if (['slot_taken', 'hold_expired', 'hold_not_found'].includes(error.code)) return onLost(error);
        const atFields = errorsOfRefusal(error.code, error.fields, isBookingProblem(error) ? error.found : []);
        if (Object.keys(atFields).length > 0) showErrors(atFields);
      },
    });
  }

  const set = <K extends keyof AnonymousForm>(key: K, value: AnonymousForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const errorOf = (field: AnonymousField) => (errors[field] ? { status: 'error' as const, statusText: t(errors[field]) } : {});
  const refusedAtFields =
    isApiProblem(book.error) &&
    Object.keys(errorsOfRefusal(book.error.code, book.error.fields, isBookingProblem(book.error) ? book.error.found : []))
      .length > 0;

  return (
    <SpacingProvider margins={formMargins}>
      <form onSubmit={submit} noValidate aria-labelledby="anonymous-details-heading">
        <Heading variant="h2" id="anonymous-details-heading" mb="s">
          {t('consultationBooking.detailsTitle')}
        </Heading>
        <InlineAlert status="neutral" mb="m" id="anonymity-rule">
          <Paragraph>{t('consultationBooking.anonymityRule')}</Paragraph>
        </InlineAlert>
        <FormErrorSummary
          fields={anonymousFields}
          errors={errors}
          labels={fieldLabels}
          inputIds={inputIds}
          headingText={t('consultationBooking.errorSummary')}
          headingRef={summaryHeading}
          headingVariant="h3"
        />
        {book.isError && !refusedAtFields && <ProblemNotice error={book.error} />}
        <Dropdown<AgeBand>
          id="ageBand"
          labelText={t('consultationBooking.ageBandLabel')}
          visualPlaceholder={t('consultationBooking.choose')}
          value={form.ageBand === '' ? null : form.ageBand}
          onChange={(value) => set('ageBand', value)}
          {...errorOf('ageBand')}
        >
          {ageBands.map((band) => (
            <DropdownItem key={band} value={band}>
              {t(`consultationBooking.ageBand.${band}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <TextInput
          id="school"
          labelText={t('consultationBooking.school')}
          autoComplete="organization"
          maxLength={limits.school.max}
          value={form.school}
          onChange={(value) => set('school', String(value ?? ''))}
          {...errorOf('school')}
        />
        <Dropdown<ConcernCategory>
          id="concernCategory"
          labelText={t('consultationBooking.concernLabel')}
          visualPlaceholder={t('consultationBooking.choose')}
          value={form.concernCategory === '' ? null : form.concernCategory}
          onChange={(value) => set('concernCategory', value)}
          {...errorOf('concernCategory')}
        >
          {concernCategories.map((category) => (
            <DropdownItem key={category} value={category}>
              {t(`consultationBooking.concern.${category}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Textarea
          id="description"
          labelText={t('consultationBooking.description')}
          hintText={t('consultationBooking.descriptionHint')}
          maxLength={limits.description.max}
          value={form.description}
          onChange={(event) => set('description', event.target.value)}
          fullWidth
          {...errorOf('description')}
        />
        {book.isPending ? (
          <Button type="submit" loading ariaLoadingText={t('consultationBooking.confirming')}>
            {t('consultationBooking.confirm')}
          </Button>
        ) : (
          <Button type="submit">{t('consultationBooking.confirm')}</Button>
        )}
      </form>
    </SpacingProvider>
  );
}
