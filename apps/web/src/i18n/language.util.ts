/** The app's languages, Finnish first: the one used when nothing else is known. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];

/** Where the user's choice is remembered in the browser. */
export const languageStorageKey = 'yhdessa.language';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (languages as readonly string[]).includes(value);

/** The remembered choice, else the browser's first language the app speaks (`sv-FI` → `sv`), else Finnish. */
export function initialLanguage(remembered: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return languages[0];
}
