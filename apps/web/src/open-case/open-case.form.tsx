import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, SpacingProvider } from 'suomifi-ui-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, caseApi } from '../api/api-client.js';
import { isApiProblem } from '../api/api-problem.js';
import { queryKeys } from '../api/query-keys.js';
import { currentLanguage } from '../i18n/i18n.js';
import { FormErrorSummary } from '../shared/form-error-summary.js';
import { formMargins } from '../shared/form-spacing.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { ChildFieldset } from './child.fieldset.js';
import { GuardiansFieldset } from './guardians.fieldset.js';
import { NotificationFieldset } from './notification.fieldset.js';
import {
  emptyOpenCaseForm,
  fieldsOfProblem,
  openCaseFields,
  toOpenCaseCommand,
  type FieldErrors,
  type OpenCaseCommand,
  type OpenCaseField,
  type OpenCaseForm,
  type OpenCaseFormParts,
} from './open-case.form.util.js';

export interface OpenedCase {
  id: string;
  receivedAt: string;
}

/** How the error summary names each field: by its label. */
const fieldLabels: Record<OpenCaseField, string> = {
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

/** Where the error summary sends focus for each field (the design system's dropdown is its button). */
const inputIds: Record<OpenCaseField, string> = {
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

  const open = useMutation({
    mutationFn: (command: OpenCaseCommand) => answer(caseApi.POST('/cases', { body: command })),
    onSuccess: (opened) => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.mine });
      onOpened({ id: opened.id, receivedAt: opened.receivedAt });
    },
    onError: (error) => {
      if (!isApiProblem(error)) return;
      const fields = fieldsOfProblem(error.code, error.fields, form);
      const key = `problem.${error.code}`;
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

  const parts: OpenCaseFormParts = {
    form,
    errors,
    set: (key, value) => setForm((current) => ({ ...current, [key]: value })),
    errorOf: (field) => (errors[field] ? { status: 'error', statusText: t(errors[field]) } : {}),
  };
  // A refusal that points at fields is shown there; any other in words above the form.
  const shownAtFields = isApiProblem(open.error) && fieldsOfProblem(open.error.code, open.error.fields, form).length > 0;

  return (
    <SpacingProvider margins={formMargins}>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary
          fields={openCaseFields}
          errors={errors}
          labels={fieldLabels}
          inputIds={inputIds}
          headingText={t('openCase.errorSummary')}
          headingRef={summaryHeading}
          headingVariant="h2"
        />
        {open.isError && !shownAtFields && <ProblemNotice error={open.error} />}
        <NotificationFieldset {...parts} />
        <ChildFieldset {...parts} />
        <GuardiansFieldset
          guardians={form.guardians}
          onChange={(guardians) => parts.set('guardians', guardians)}
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
