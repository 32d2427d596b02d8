import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DateInput, Dropdown, DropdownItem, Heading, SpacingProvider } from 'suomifi-ui-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answer, caseApi } from '../api/api-client.js';
import { queryKeys } from '../api/query-keys.js';
import { currentLanguage } from '../i18n/i18n.js';
import { FormErrorSummary } from '../shared/form-error-summary.js';
import { formMargins } from '../shared/form-spacing.js';
import { ProblemNotice } from '../shared/problem-notice.js';
import { helsinkiNowForForm } from '../time/helsinki-time.util.js';
import { ConsentGiverFieldset } from './consent-giver.fieldset.js';
import {
  consentAgencies,
  consentFormFields,
  consentInformationClasses,
  emptyConsentForm,
  toGiveConsentCommand,
  type ConsentAgency,
  type ConsentForm,
  type ConsentFormErrors,
  type ConsentInformationClass,
  type GiveConsentCommand,
} from './consent.form.util.js';

const inputIds: Record<(typeof consentFormFields)[number], string> = {
  informationClass: 'consent-information_button',
  toAgency: 'consent-to_button',
  validFrom: 'consent-from',
  validUntil: 'consent-until',
  giver: 'consent-giver',
  method: 'consent-method',
};
const labels: Record<(typeof consentFormFields)[number], string> = {
  informationClass: 'consentForm.information',
  toAgency: 'consentForm.to',
  validFrom: 'consentForm.validFrom',
  validUntil: 'consentForm.validUntil',
  giver: 'consentForm.giver',
  method: 'consentForm.method',
};

/**
 * A consent: which information, to which agency, for how long. A social worker records one given on
 * paper or by word of mouth (`recording`: who gave it, and how); a guardian or young person gives their own.
 */
export function ConsentFormView({
  caseId,
  recording,
  onDone,
}: {
  caseId: string;
  recording: { guardians: ReadonlyArray<{ name: string; userId: string | null }> } | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<ConsentForm>(() => emptyConsentForm(helsinkiNowForForm(new Date()).date));
  const [errors, setErrors] = useState<ConsentFormErrors>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const set = <K extends keyof ConsentForm>(key: K, value: ConsentForm[K]) =>
    setForm((current) => ({ ...current, [key]: value }));
  useEffect(() => heading.current?.focus(), []);

  const give = useMutation({
    mutationFn: (command: GiveConsentCommand) =>
      answer(caseApi.POST('/cases/{caseId}/consents', { params: { path: { caseId } }, body: command })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.case(caseId) });
      onDone();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = toGiveConsentCommand(form, recording);
    if ('errors' in result) {
      setErrors(result.errors);
      requestAnimationFrame(() => summaryHeading.current?.focus());
      return;
    }
    setErrors({});
    give.mutate(result.command);
  }

  const errorOf = (field: keyof ConsentFormErrors) =>
    errors[field] ? { status: 'error' as const, statusText: t(errors[field]) } : {};

  return (
    <SpacingProvider margins={formMargins}>
      <form onSubmit={submit} noValidate className="consent-form" aria-labelledby="consent-form-heading">
        <Heading variant="h3" id="consent-form-heading" ref={heading} tabIndex={-1} mb="s">
          {t(recording ? 'consentForm.recordTitle' : 'consentForm.giveTitle')}
        </Heading>
        <FormErrorSummary
          fields={consentFormFields}
          errors={errors}
          labels={labels}
          inputIds={inputIds}
          headingText={t('consentForm.errorSummary')}
          headingRef={summaryHeading}
          headingVariant="h4"
        />
        {give.isError && <ProblemNotice error={give.error} />}
        <Dropdown<ConsentInformationClass>
          id="consent-information"
          labelText={t('consentForm.information')}
          visualPlaceholder={t('consentForm.choose')}
          value={form.informationClass === '' ? null : form.informationClass}
          onChange={(value) => set('informationClass', value)}
          {...errorOf('informationClass')}
        >
          {consentInformationClasses.map((value) => (
            <DropdownItem key={value} value={value}>
              {t(`informationClass.${value}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <Dropdown<ConsentAgency>
          id="consent-to"
          labelText={t('consentForm.to')}
          visualPlaceholder={t('consentForm.choose')}
          value={form.toAgency === '' ? null : form.toAgency}
          onChange={(value) => set('toAgency', value)}
          {...errorOf('toAgency')}
        >
          {consentAgencies.map((value) => (
            <DropdownItem key={value} value={value}>
              {t(`agency.${value}`)}
            </DropdownItem>
          ))}
        </Dropdown>
        <div className="form-row">
          <DateInput
            id="consent-from"
            labelText={t('consentForm.validFrom')}
            hintText={t('openCase.dateHint')}
            value={form.validFrom}
            onChange={({ value }) => set('validFrom', value)}
            language={currentLanguage()}
            {...errorOf('validFrom')}
          />
          <DateInput
            id="consent-until"
            labelText={t('consentForm.validUntil')}
            hintText={t('consentForm.untilHint')}
            value={form.validUntil}
            onChange={({ value }) => set('validUntil', value)}
            language={currentLanguage()}
            {...errorOf('validUntil')}
          />
        </div>
        {recording && <ConsentGiverFieldset guardians={recording.guardians} form={form} set={set} errors={errors} />}
        <div className="form-row">
          {give.isPending ? (
            <Button type="submit" loading ariaLoadingText={t('consentForm.saving')}>
              {t('consentForm.save')}
            </Button>
          ) : (
            <Button type="submit">{t('consentForm.save')}</Button>
          )}
          <Button variant="secondary" onClick={onDone}>
            {t('consentForm.close')}
          </Button>
        </div>
      </form>
    </SpacingProvider>
  );
}
