import { Button, Heading, Paragraph, SpacingProvider } from 'suomifi-ui-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiProblem } from '../api/api-problem.js';
import { currentLanguage } from '../i18n/i18n.js';
import { ChildFieldset } from '../open-case/child.fieldset.js';
import { GuardiansFieldset } from '../open-case/guardians.fieldset.js';
import {
  emptyOpenCaseForm,
  fieldsOfProblem,
  type FieldErrors,
  type OpenCaseForm,
  type OpenCaseFormParts,
} from '../open-case/open-case.form.util.js';
import { FormErrorSummary } from '../shared/form-error-summary.js';
import { formMargins } from '../shared/form-spacing.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { formatDateTime } from '../time/finnish-format.util.js';
import { useOpenFromIntake } from './intake.queries.js';
import { intakeFields, toOpenFromIntakeCommand, type IntakeItem } from './intake.util.js';

const fieldLabels: Record<(typeof intakeFields)[number], string> = {
  childName: 'openCase.childName',
  identityCode: 'openCase.identityCode',
  dateOfBirth: 'openCase.dateOfBirth',
  guardians: 'openCase.guardiansLegend',
};
const inputIds: Record<(typeof intakeFields)[number], string> = {
  childName: 'childName',
  identityCode: 'identityCode',
  dateOfBirth: 'dateOfBirth',
  guardians: 'guardian-0',
};

/**
 * What intake adds to the item to open the child's case: the child (name, identity code checked as
 * typed, or the date of birth), the guardians and the language — the same fields as opening a case by
 * hand. On success the case page, where the law's clocks show from the day the item was received.
 */
export function OpenFromIntakeForm({ item, onCancel }: { item: IntakeItem; onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<OpenCaseForm>(() => emptyOpenCaseForm(new Date(), currentLanguage() === 'sv' ? 'sv' : 'fi'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const open = useOpenFromIntake(item.itemId);
  useEffect(() => heading.current?.focus(), []);

  function showErrors(found: FieldErrors) {
    setErrors(found);
    requestAnimationFrame(() => summaryHeading.current?.focus());
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = toOpenFromIntakeCommand(form);
    if ('errors' in result) return showErrors(result.errors);
    setErrors({});
    open.mutate(result.command, {
      onSuccess: (opened) => void navigate(`/cases/${opened.id}`),
      onError: (error) => {
        if (!isApiProblem(error)) return;
        const fields = fieldsOfProblem(error.code, error.fields, form);
        if (fields.length > 0) showErrors(Object.fromEntries(fields.map((field) => [field, `problem.${error.code}`])));
      },
    });
  }

  const parts: OpenCaseFormParts = {
    form,
    errors,
    set: (key, value) => setForm((current) => ({ ...current, [key]: value })),
    errorOf: (field) => (errors[field] ? { status: 'error', statusText: t(errors[field]) } : {}),
  };
  const shownAtFields = isApiProblem(open.error) && fieldsOfProblem(open.error.code, open.error.fields, form).length > 0;

  return (
    <SpacingProvider margins={formMargins}>
      <form onSubmit={submit} noValidate aria-labelledby={`open-${item.itemId}`} className="page-section">
        <Heading variant="h3" id={`open-${item.itemId}`} ref={heading} tabIndex={-1} mb="xs">
          {t('intake.formTitle')}
        </Heading>
        <Paragraph mb="s">{t('intake.formLead', { received: formatDateTime(item.receivedAt) })}</Paragraph>
        <FormErrorSummary
          fields={intakeFields}
          errors={errors}
          labels={fieldLabels}
          inputIds={inputIds}
          headingText={t('openCase.errorSummary')}
          headingRef={summaryHeading}
          headingVariant="h4"
        />
        {open.isError && !shownAtFields && <ProblemNotice error={open.error} />}
        <ChildFieldset {...parts} />
        <GuardiansFieldset
          guardians={form.guardians}
          onChange={(guardians) => parts.set('guardians', guardians)}
          error={errors.guardians}
        />
        <div className="form-row">
          {open.isPending ? (
            <Button type="submit" loading ariaLoadingText={t('intake.submitting')}>
              {t('intake.submit')}
            </Button>
          ) : (
            <Button type="submit">{t('intake.submit')}</Button>
          )}
          <Button variant="secondary" onClick={onCancel}>
            {t('intake.cancel')}
          </Button>
        </div>
      </form>
    </SpacingProvider>
  );
}
