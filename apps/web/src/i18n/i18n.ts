import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { initialLanguage, isLanguage, languageStorageKey, type Language } from './language.util.js';
import { languages } from './resources/languages.js';

/** Resources are bundled (the three languages are small), so the first render is already in the right language. */
export function startI18n(): typeof i18next {
  const language = initialLanguage(readRememberedLanguage(), navigator.languages ?? []);
  void i18next.use(initReactI18next).init({
    resources: {
      fi: { translation: languages.fi },
      sv: { translation: languages.sv },
      en: { translation: languages.en },
    },
    lng: language,
    fallbackLng: 'fi',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

/** Switches the language, remembers it in this browser and tells assistive technology through `<html lang>`. */
export async function switchLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Storage may be off (private mode): the choice then lasts as long as the page.
  }
}

export const currentLanguage = (): Language => (isLanguage(i18next.language) ? i18next.language : 'fi');

/** The language of the user's account (Keycloak's `locale`), followed only while they have not chosen one in this browser. */
export function followAccountLanguage(language: string | undefined): void {
  if (readRememberedLanguage() !== null || !isLanguage(language) || language === currentLanguage()) return;
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

function readRememberedLanguage(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}
