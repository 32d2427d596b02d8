import { Button, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { maxGuardians } from './open-case.form.util.js';

/** Up to four guardians by name; empty rows are left out when the case is opened. */
export function GuardiansFieldset({
  guardians,
  onChange,
  error,
}: {
  guardians: string[];
  onChange: (guardians: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const set = (index: number, name: string) => onChange(guardians.map((current, at) => (at === index ? name : current)));
  return (
    <fieldset className="form-section" id="guardians">
      <legend>
        <strong>{t('openCase.guardiansLegend')}</strong> ({t('common.optional')})
      </legend>
      {guardians.map((name, index) => (
        <div className="guardian-row" key={index}>
          <TextInput
            id={`guardian-${index}`}
            labelText={t('openCase.guardianName', { number: index + 1 })}
            value={name}
            onChange={(value) => set(index, String(value ?? ''))}
            status={error ? 'error' : 'default'}
            statusText={error && index === 0 ? t(error) : undefined}
          />
          {guardians.length > 1 && (
            <Button variant="secondaryNoBorder" onClick={() => onChange(guardians.filter((_, at) => at !== index))}>
              {t('openCase.removeGuardian', { number: index + 1 })}
            </Button>
          )}
        </div>
      ))}
      {guardians.length < maxGuardians && (
        <Button variant="secondary" onClick={() => onChange([...guardians, ''])}>
          {t('openCase.addGuardian')}
        </Button>
      )}
    </fieldset>
  );
}
