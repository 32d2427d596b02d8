import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/language.util.js';

type Words = { fi: string; sv: string; en: string };

/** The frame's own words (a domain's title, an anchor, the child's question) in the reader's language, Finnish if missing. */
export function useFrameWords(): (words: Words) => string {
  const { i18n } = useTranslation();
  const language = isLanguage(i18n.language) ? i18n.language : 'fi';
  return (words) => words[language] || words.fi;
}
