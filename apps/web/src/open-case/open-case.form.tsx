import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Checkbox,
  DateInput,
  Dropdown,
  DropdownItem,
  ErrorSummary,
  Heading,
  SpacingProvider,
  TextInput,
  Textarea,
  TimeInput,
} from 'suomifi-ui-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, caseApi } from '../api/api-client.js';
import { isApiProblem } from '../api/api-problem.js';
import { queryKeys } from '../api/query-keys.js';
import { currentLanguage } from '../i18n/i18n.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { GuardiansFieldset } from './guardians.fieldset.js';
import { IdentityCodeField } from './identity-code.field.js';
import {
  caseLanguages,
  emptyOpenCaseForm,
  fieldsOfProblem,
  notifierChannels,
  openCaseFields,
  toOpenCaseCommand,
  type CaseLanguage,
  type FieldErrors,
  type NotifierChannel,
  type OpenCaseCommand,
  type OpenCaseForm,
} from './open-case.form.util.js';

export interface OpenedCase {
  id: string;
  receivedAt: string;
}

/** The design system's spacing between the form's fields. */
const formMargins = {
  dateInput: { mb: 'l' },
  timeInput: { mb: 'l' },
  dropdown: { mb: 'l' },
  textInput: { mb: 'l' },
  textarea: { mb: 'l' },
  checkbox: { mb: 'l' },
} as const;

/** How the error summary names each field: by its label. */
const fieldLabels: Record<(typeof openCaseFields)[number], string> = {
  receivedDate: 'openCase.receivedDate',
  receivedTime: 'openCase.receivedTime',
  channel: 'openCase.channel',
  notifierName: 'openCase.notifierName',
  content: 'openCase.content',
  childName: 'openCase.childName',
  identityCode: 'openCase.identityCode',
  dateOfBirth: 'openCase.dateOfBirth',
  guardians: 'openCase.guardiansLegend',
};

/** Where the error summary sends focus for each field. */
const inputIds: Record<(typeof openCaseFields)[number], string> = {
  receivedDate: 'receivedDate',
  receivedTime: 'receivedTime',
  channel: 'channel_button',
  notifierName: 'notifierName',
  content: 'content',
  childName: 'childName',
  identityCode: 'identityCode',
  dateOfBirth: 'dateOfBirth',
  guardians: 'guardian-0',
};

/**
 * The notification as received, and the child it is about. Errors are listed at the top (the
 * system's error summary, focused) and beside each field; the service's refusals are shown the same way.
 */
export function OpenCaseFormView({ onOpened }: { onOpened: (opened: OpenedCase) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<OpenCaseForm>(() => emptyOpenCaseForm(new Date(), currentLanguage() === 'sv' ? 'sv' : 'fi'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const set = <K extends keyof OpenCaseForm>(key: K, value: OpenCaseForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const open = useMutation({
    mutationFn: (command: OpenCaseCommand) => answer(caseApi.POST('/cases', { body: command })),
    onSuccess: (opened) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.mine });
      onOpened({ id: opened.id, receivedAt: opened.receivedAt });
    },
    onError: (error) => {
      if (!isApiProblem(error)) return;
      const fields = fieldsOfProblem(error.code, error.fields, form);
      const key = error.code === 'validation_failed' ? 'problem.validation_failed' : `problem.${error.code}`;
      if (fields.length > 0) showErrors(Object.fromEntries(fields.map((field) => [field, key])));
    },
  });

  function showErrors(found: FieldErrors) {
    setErrors(found);
    requestAnimationFrame(() => summaryHeading.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = toOpenCaseCommand(form);
    if ('errors' in result) return showErrors(result.errors);
    setErrors({});
    open.mutate(result.command);
  }

  const errorOf = (field: keyof FieldErrors) => (errors[field] ? { status: 'error' as const, statusText: t(errors[field]) } : {});
  const summaryItems = openCaseFields
    .filter((field) => errors[field])
    .map((field) => ({
      text: t('openCase.summaryItem', { field: t(fieldLabels[field]), error: t(errors[field]!) }),
      inputId: inputIds[field],
    }));
  const serverProblemShownAtFields =
    isApiProblem(open.error) && fieldsOfProblem(open.error.code, open.error.fields, form).length > 0;

  return (
    <SpacingProvider margins={formMargins}>
      <form onSubmit={submit} noValidate>
        {summaryItems.length > 0 && (
          <ErrorSummary
            headingText={t('openCase.errorSummary')}
            headingRef={summaryHeading}
            items={summaryItems}
            headingVariant="h2"
            mb="l"
          />
        )}
        {open.isError && !serverProblemShownAtFields && <ProblemNotice error={open.error} />}

        <fieldset className="form-section">
          <legend>
            <Heading variant="h2" as="span">
              {t('openCase.notificationSection')}
            </Heading>
          </legend>
          <div className="form-row">
            <DateInput
              id="receivedDate"

              labelText={t('openCase.receivedDate')}
              hintText={t('openCase.dateHint')}
              value={form.receivedDate}
              onChange={({ value }) => set('receivedDate', value)}
              language={currentLanguage()}
              {...errorOf('receivedDate')}
            />
            <TimeInput
              id="receivedTime"

              labelText={t('openCase.receivedTime')}
              hintText={t('openCase.timeHint')}
              value={form.receivedTime}
              onChange={(value) => set('receivedTime', value)}
              {...errorOf('receivedTime')}
            />
          </div>
          <Dropdown<NotifierChannel>
            id="channel"

            labelText={t('openCase.channel')}
            visualPlaceholder={t('openCase.channelPlaceholder')}
            value={form.channel === '' ? null : form.channel}
            onChange={(value) => set('channel', value)}
            {...errorOf('channel')}
          >
            {notifierChannels.map((channel) => (
              <DropdownItem key={channel} value={channel}>
                {t(`channel.${channel}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <TextInput
            id="notifierName"

            labelText={t('openCase.notifierName')}
            optionalText={t('common.optional')}
            value={form.notifierName}
            onChange={(value) => set('notifierName', String(value ?? ''))}
            {...errorOf('notifierName')}
          />
          <Textarea
            id="content"

            labelText={t('openCase.content')}
            value={form.content}
            onChange={(event) => set('content', event.target.value)}
            fullWidth
            {...errorOf('content')}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend>
            <Heading variant="h2" as="span">
              {t('openCase.childSection')}
            </Heading>
          </legend>
          <TextInput
            id="childName"

            labelText={t('openCase.childName')}
            autoComplete="off"
            value={form.childName}
            onChange={(value) => set('childName', String(value ?? ''))}
            {...errorOf('childName')}
          />
          {!form.noIdentityCode && (
            <IdentityCodeField
              value={form.identityCode}
              onChange={(value) => set('identityCode', value)}
              error={errors.identityCode}
            />
          )}
          <Checkbox checked={form.noIdentityCode} onClick={({ checkboxState }) => set('noIdentityCode', checkboxState)}>
            {t('openCase.noIdentityCode')}
          </Checkbox>
          {form.noIdentityCode && (
            <DateInput
              id="dateOfBirth"

              labelText={t('openCase.dateOfBirth')}
              hintText={t('openCase.dateHint')}
              value={form.dateOfBirth}
              onChange={({ value }) => set('dateOfBirth', value)}
              language={currentLanguage()}
              {...errorOf('dateOfBirth')}
            />
          )}
          <Dropdown<CaseLanguage>
            id="language"
            labelText={t('openCase.language')}
            value={form.language}
            onChange={(value) => set('language', value)}
          >
            {caseLanguages.map((language) => (
              <DropdownItem key={language} value={language}>
                {t(`caseLanguage.${language}`)}
              </DropdownItem>
            ))}
          </Dropdown>
        </fieldset>

        <GuardiansFieldset
          guardians={form.guardians}
          onChange={(guardians) => set('guardians', guardians)}
          error={errors.guardians}
        />

        {open.isPending ? (
          <Button type="submit" loading ariaLoadingText={t('openCase.submitting')}>
            {t('openCase.submit')}
          </Button>
        ) : (
          <Button type="submit">{t('openCase.submit')}</Button>
        )}
      </form>
    </SpacingProvider>
  );
}
