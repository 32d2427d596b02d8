import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Dropdown,
  DropdownItem,
  ErrorSummary,
  InlineAlert,
  Paragraph,
  SpacingProvider,
  TextInput,
} from 'suomifi-ui-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, bookingApi } from '../api/api-client.js';
import { isApiProblem } from '../api/api-problem.js';
import { queryKeys } from '../api/query-keys.js';
import { formMargins } from '../shared/form-spacing.js';
import { PageSection } from '../shared/page-section.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import {
  rowsFromWindows,
  toWindows,
  windowErrorsFromProblem,
  type WindowErrors,
  type WindowField,
  type WindowRow,
} from './availability.form.util.js';

const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;
const fieldOrder: readonly WindowField[] = ['weekday', 'starts', 'ends'];
const inputId = (row: WindowRow, field: WindowField) => `window-${row.key}-${field}${field === 'weekday' ? '_button' : ''}`;

/** The expert's weekly windows, edited as rows (weekday, start, end) and saved together; each refusal beside its field. */
export function WeeklyWindowsForm({
  expertId,
  windows,
}: {
  expertId: string;
  windows: ReadonlyArray<{ weekday: number; starts: string; ends: string }>;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<WindowRow[]>(() => rowsFromWindows(windows));
  const [errors, setErrors] = useState<WindowErrors>({});
  const [saved, setSaved] = useState(false);
  const nextKey = useRef(rows.length);
  const summaryHeading = useRef<HTMLHeadingElement>(null);

  const save = useMutation({
    mutationFn: (body: { windows: Array<{ weekday: number; starts: string; ends: string }> }) =>
      answer(bookingApi.PUT('/experts/{expertId}/availability', { params: { path: { expertId } }, body })),
    onSuccess: (availability) => {
      queryClient.setQueryData(queryKeys.expertAvailability(expertId), availability);
      void queryClient.invalidateQueries({ queryKey: ['expert', expertId] });
      setSaved(true);
    },
    onError: (error) => {
      if (isApiProblem(error) && error.fields.length > 0) {
        setErrors(windowErrorsFromProblem(rows, error.fields));
        requestAnimationFrame(() => summaryHeading.current?.focus());
      }
    },
  });

  const change = (key: string, field: WindowField, value: string) => {
    setSaved(false);
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [field]: value } : row)));
  };
  const add = () => {
    setSaved(false);
    nextKey.current += 1;
    setRows((current) => [...current, { key: `n${nextKey.current}`, weekday: '', starts: '', ends: '' }]);
  };
  const remove = (key: string) => {
    setSaved(false);
    setRows((current) => current.filter((row) => row.key !== key));
    setErrors(({ [key]: _removed, ...rest }) => rest);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = toWindows(rows);
    if ('errors' in result) {
      setErrors(result.errors);
      setSaved(false);
      requestAnimationFrame(() => summaryHeading.current?.focus());
      return;
    }
    setErrors({});
    save.mutate(result);
  }

  const summaryItems = rows.flatMap((row, index) =>
    fieldOrder.flatMap((field) => {
      const error = errors[row.key]?.[field];
      return error
        ? [
            {
              text: t('common.fieldError', {
                field: `${t('availability.windowLegend', { number: index + 1 })}, ${t(`availability.${field}`)}`,
                error: t(error),
              }),
              inputId: inputId(row, field),
            },
          ]
        : [];
    }),
  );
  const status = (row: WindowRow, field: WindowField) => {
    const error = errors[row.key]?.[field];
    return error ? { status: 'error' as const, statusText: t(error) } : {};
  };

  return (
    <PageSection title={t('availability.windows')}>
      <Paragraph mb="s">{t('availability.windowsLead')}</Paragraph>
      <SpacingProvider margins={formMargins}>
        <form onSubmit={submit} noValidate aria-label={t('availability.windows')}>
          {summaryItems.length > 0 && (
            <ErrorSummary
              headingText={t('availability.errorSummary')}
              headingRef={summaryHeading}
              headingVariant="h3"
              items={summaryItems}
              mb="l"
            />
          )}
          {save.isError && <ProblemNotice error={save.error} />}
          {saved && (
            <InlineAlert status="neutral" role="status" mb="m">
              {t('availability.saved')}
            </InlineAlert>
          )}
          {rows.length === 0 && <Paragraph mb="m">{t('availability.noWindows')}</Paragraph>}
          {rows.map((row, index) => (
            <fieldset key={row.key} className="window-row">
              <legend>{t('availability.windowLegend', { number: index + 1 })}</legend>
              <div className="form-row">
                <Dropdown<string>
                  id={`window-${row.key}-weekday`}
                  labelText={t('availability.weekday')}
                  visualPlaceholder={t('availability.weekday')}
                  value={row.weekday === '' ? null : row.weekday}
                  onChange={(value) => change(row.key, 'weekday', value)}
                  {...status(row, 'weekday')}
                >
                  {weekdays.map((weekday) => (
                    <DropdownItem key={weekday} value={weekday}>
                      {t(`expertCalendar.weekday.${weekday}`)}
                    </DropdownItem>
                  ))}
                </Dropdown>
                <TextInput
                  id={inputId(row, 'starts')}
                  labelText={t('availability.starts')}
                  hintText={t('availability.timeHint')}
                  value={row.starts}
                  onChange={(value) => change(row.key, 'starts', String(value ?? ''))}
                  {...status(row, 'starts')}
                />
                <TextInput
                  id={inputId(row, 'ends')}
                  labelText={t('availability.ends')}
                  hintText={t('availability.timeHint')}
                  value={row.ends}
                  onChange={(value) => change(row.key, 'ends', String(value ?? ''))}
                  {...status(row, 'ends')}
                />
              </div>
              <Button variant="secondaryNoBorder" onClick={() => remove(row.key)} mb="m">
                {t('availability.removeWindow', { number: index + 1 })}
              </Button>
            </fieldset>
          ))}
          <div className="form-actions">
            <Button variant="secondary" onClick={add}>
              {t('availability.addWindow')}
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {t('availability.save')}
            </Button>
          </div>
        </form>
      </SpacingProvider>
    </PageSection>
  );
}
