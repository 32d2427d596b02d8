import { RadioButton, RadioButtonGroup } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { consentMethods, youngPersonGiver, type ConsentForm, type ConsentFormErrors } from './consent.form.util.js';

/** When a social worker records a consent: who gave it (a guardian of the case, or the young person) and how. */
export function ConsentGiverFieldset({
  guardians,
  form,
  set,
  errors,
}: {
  guardians: ReadonlyArray<{ name: string }>;
  form: ConsentForm;
  set: <K extends keyof ConsentForm>(key: K, value: ConsentForm[K]) => void;
  errors: ConsentFormErrors;
}) {
  const { t } = useTranslation();
  return (
    <>
      <RadioButtonGroup
        id="consent-giver"
        name="consent-giver"
        labelText={t('consentForm.giver')}
        value={form.giver}
        onChange={(value) => set('giver', value)}
        groupStatus={errors.giver ? 'error' : 'default'}
        groupStatusText={errors.giver ? t(errors.giver) : undefined}
      >
        {[
          ...guardians.map((guardian, index) => (
            <RadioButton key={index} value={String(index)}>
              {t('consentForm.guardianGiver', { name: guardian.name })}
            </RadioButton>
          )),
          <RadioButton key={youngPersonGiver} value={youngPersonGiver}>
            {t('consentGiver.young-person')}
          </RadioButton>,
        ]}
      </RadioButtonGroup>
      <RadioButtonGroup
        id="consent-method"
        name="consent-method"
        labelText={t('consentForm.method')}
        value={form.method}
        onChange={(value) => set('method', value as ConsentForm['method'])}
        groupStatus={errors.method ? 'error' : 'default'}
        groupStatusText={errors.method ? t(errors.method) : undefined}
      >
        {consentMethods.map((method) => (
          <RadioButton key={method} value={method}>
            {t(`consentMethod.${method}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
    </>
  );
}
