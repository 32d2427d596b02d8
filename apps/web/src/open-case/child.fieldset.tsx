import { Checkbox, DateInput, Dropdown, DropdownItem, Heading, TextInput } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n.js';
import { IdentityCodeField } from './identity-code.field.js';
import { caseLanguages, type CaseLanguage, type OpenCaseFormParts } from './open-case.form.util.js';

/** The child: name, the identity code checked as typed (or, without one, the date of birth), the case's language. */
export function ChildFieldset({ form, set, errorOf, errors }: OpenCaseFormParts) {
  const { t } = useTranslation();
  return (
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
  );
}
