import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  DateInput,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  Paragraph,
  SpacingProvider,
  Text,
  TextInput,
} from 'suomifi-ui-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, bookingApi } from '../api/api-client.js';
import { isApiProblem } from '../api/api-problem.js';
import { queryKeys } from '../api/query-keys.js';
import { useAvailability } from './expert-calendar.queries.js';
import { currentLanguage } from '../i18n/i18n.js';
import { EmptyState } from '../shared/empty-state.js';
import { FormErrorSummary } from '../shared/form-error-summary.js';
import { formMargins } from '../shared/form-spacing.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDate } from '../time/finnish-format.util.js';
import {
  exceptionErrorsFromProblem,
  exceptionFormFields,
  finnishClock,
  toExceptionCommand,
  type ExceptionErrors,
  type ExceptionField,
  type ExceptionForm,
} from './availability.form.util.js';

type Availability = NonNullable<ReturnType<typeof useAvailability>['data']>;

const emptyForm: ExceptionForm = { onDate: '', starts: '', ends: '', kind: '' };
const inputIds: Record<ExceptionField, string> = {
  onDate: 'exception-date',
  starts: 'exception-starts',
  ends: 'exception-ends',
  kind: 'exception-kind_button',
};
const labels: Record<ExceptionField, string> = {
  onDate: 'availability.date',
  starts: 'availability.starts',
  ends: 'availability.ends',
  kind: 'availability.kind',
};

/** Dated exceptions: each listed with its removal, and a form to add one (leave or extra hours), refusals beside their fields. */
export function ExceptionsSection({ expertId, exceptions }: { expertId: string; exceptions: Availability['exceptions'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ExceptionForm>(emptyForm);
  const [errors, setErrors] = useState<ExceptionErrors>({});
  const [notice, setNotice] = useState<string | null>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const set = <K extends keyof ExceptionForm>(key: K, value: ExceptionForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  const refresh = (availability: unknown) => {
    queryClient.setQueryData(queryKeys.expertAvailability(expertId), availability);
    void queryClient.invalidateQueries({ queryKey: ['expert', expertId] });
  };

  const add = useMutation({
    mutationFn: (body: { onDate: string; starts: string; ends: string; kind: 'leave' | 'extra' }) =>
      answer(bookingApi.POST('/experts/{expertId}/exceptions', { params: { path: { expertId } }, body })),
    onSuccess: (availability) => {
      refresh(availability);
      setForm(emptyForm);
      setNotice('availability.exceptionAdded');
    },
    onError: (error) => {
      if (isApiProblem(error) && error.fields.length > 0) {
        setErrors(exceptionErrorsFromProblem(error.fields));
        requestAnimationFrame(() => summaryHeading.current?.focus());
      }
    },
  });
  const remove = useMutation({
    mutationFn: (exceptionId: string) =>
      answer(bookingApi.DELETE('/experts/{expertId}/exceptions/{exceptionId}', { params: { path: { expertId, exceptionId } } })),
    onSuccess: (availability) => {
      refresh(availability);
      setNotice('availability.exceptionRemoved');
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const result = toExceptionCommand(form);
    if ('errors' in result) {
      setErrors(result.errors);
      requestAnimationFrame(() => summaryHeading.current?.focus());
      return;
    }
    setErrors({});
    add.mutate(result.command);
  }
  const errorOf = (field: ExceptionField) => (errors[field] ? { status: 'error' as const, statusText: t(errors[field]) } : {});
  const lineOf = (exception: Availability['exceptions'][number]) =>
    t('availability.exceptionLine', {
      kind: t(`availability.kindOf.${exception.kind}`),
      date: formatDate(exception.onDate),
      from: finnishClock(exception.starts),
      until: finnishClock(exception.ends),
    });

  return (
    <PageSection title={t('availability.exceptions')}>
      <Paragraph mb="s">{t('availability.exceptionsLead')}</Paragraph>
      {notice && (
        <InlineAlert status="neutral" role="status" mb="m">
          {t(notice)}
        </InlineAlert>
      )}
      {remove.isError && <ProblemNotice error={remove.error} />}
      {exceptions.length === 0 ? (
        <EmptyState>{t('availability.noExceptions')}</EmptyState>
      ) : (
        <ul className="plain-list">
          {exceptions.map((exception) => (
            <li key={exception.exceptionId}>
              <Text>{lineOf(exception)}</Text>{' '}
              <Button
                variant="secondaryNoBorder"
                aria-label={t('availability.removeExceptionLabel', { line: lineOf(exception) })}
                disabled={remove.isPending}
                onClick={() => {
                  setNotice(null);
                  remove.mutate(exception.exceptionId);
                }}
              >
                {t('availability.removeException')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <SpacingProvider margins={formMargins}>
        <form onSubmit={submit} noValidate aria-labelledby="exception-form-heading">
          <Heading variant="h3" id="exception-form-heading" mb="s" mt="m">
            {t('availability.addException')}
          </Heading>
          <FormErrorSummary
            fields={exceptionFormFields}
            errors={errors}
            labels={labels}
            inputIds={inputIds}
            headingText={t('availability.errorSummary')}
            headingRef={summaryHeading}
            headingVariant="h4"
          />
          {add.isError && <ProblemNotice error={add.error} />}
          <Dropdown<'leave' | 'extra'>
            id="exception-kind"
            labelText={t('availability.kind')}
            visualPlaceholder={t('availability.kind')}
            value={form.kind === '' ? null : form.kind}
            onChange={(value) => set('kind', value)}
            {...errorOf('kind')}
          >
            <DropdownItem value="leave">{t('availability.kindOf.leave')}</DropdownItem>
            <DropdownItem value="extra">{t('availability.kindOf.extra')}</DropdownItem>
          </Dropdown>
          <div className="form-row">
            <DateInput
              id="exception-date"
              labelText={t('availability.date')}
              hintText={t('availability.dateHint')}
              value={form.onDate}
              onChange={({ value }) => set('onDate', value)}
              language={currentLanguage()}
              {...errorOf('onDate')}
            />
            <TextInput
              id="exception-starts"
              labelText={t('availability.starts')}
              hintText={t('availability.timeHint')}
              value={form.starts}
              onChange={(value) => set('starts', String(value ?? ''))}
              {...errorOf('starts')}
            />
            <TextInput
              id="exception-ends"
              labelText={t('availability.ends')}
              hintText={t('availability.timeHint')}
              value={form.ends}
              onChange={(value) => set('ends', String(value ?? ''))}
              {...errorOf('ends')}
            />
          </div>
          <Button type="submit" disabled={add.isPending} mb="m">
            {t('availability.addException')}
          </Button>
        </form>
      </SpacingProvider>
    </PageSection>
  );
}
