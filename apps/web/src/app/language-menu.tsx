import { LanguageMenu, LanguageMenuItem } from 'suomifi-ui-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage, switchLanguage } from '../i18n/i18n.js';
import { languages } from '../i18n/language.util.js';

/** The language switch, each language named in itself; the choice is remembered in this browser. */
export function AppLanguageMenu() {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <LanguageMenu
      buttonText={t(`language.${language}`)}
      aria-label={t('language.menuLabel', { language: t(`language.${language}`) })}
    >
      {languages.map((option) => (
        <LanguageMenuItem key={option} lang={option} selected={option === language} onSelect={() => void switchLanguage(option)}>
          {t(`language.${option}`)}
        </LanguageMenuItem>
      ))}
    </LanguageMenu>
  );
}
