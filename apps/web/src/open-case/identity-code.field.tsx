import { TextInput } from 'suomifi-ui-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../time/finnish-format.util.js';
import { identityCodeFeedback } from './identity-code.util.js';

/**
 * The child's personal identity code, checked as it is typed: once whole (or when the field is left),
 * it says whether the code holds and which birth date it carries, or what is wrong with it.
 * An error from submitting (`error`) wins until the code is changed.
 */
export function IdentityCodeField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [left, setLeft] = useState(false);
  const feedback = identityCodeFeedback(value, left);
  const status = error || (feedback && !feedback.valid) ? 'error' : feedback?.valid ? 'success' : 'default';
  const statusText = error
    ? t(error)
    : feedback === null
      ? undefined
      : feedback.valid
        ? t(feedback.temporary ? 'openCase.identityCodeTemporary' : 'openCase.identityCodeValid', {
            date: formatDate(feedback.dateOfBirth),
          })
        : t(`openCase.identityCodeInvalid.${feedback.reason}`);
  return (
    <TextInput
      id="identityCode"
      labelText={t('openCase.identityCode')}
      hintText={t('openCase.identityCodeHint')}
      value={value}
      autoComplete="off"
      spellCheck={false}
      maxLength={11}
      onChange={(next) => {
        setLeft(false);
        onChange(String(next ?? ''));
      }}
      onBlur={() => setLeft(true)}
      status={status}
      statusText={statusText}
      statusTextAriaLiveMode="polite"
    />
  );
}
