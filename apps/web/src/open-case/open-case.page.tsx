import { Heading, Paragraph } from 'suomifi-ui-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../shared/page-title.hook.js';
import { CaseOpenedPanel } from './case-opened.panel.js';
import { OpenCaseFormView, type OpenedCase } from './open-case.form.js';

/** A social worker records a child welfare notification and opens the child's case from it. */
export function OpenCasePage() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<OpenedCase | null>(null);
  const [formKey, setFormKey] = useState(0);
  usePageTitle(t('openCase.title'));
  return (
    <div className="narrow-page">
      <Heading variant="h1" mb="s">
        {t('openCase.title')}
      </Heading>
      <Paragraph className="page-lead" mb="l">
        {t('openCase.lead')}
      </Paragraph>
      {opened ? (
        <CaseOpenedPanel
          opened={opened}
          onAnother={() => {
            setOpened(null);
            setFormKey((key) => key + 1);
          }}
        />
      ) : (
        <OpenCaseFormView key={formKey} onOpened={setOpened} />
      )}
    </div>
  );
}
