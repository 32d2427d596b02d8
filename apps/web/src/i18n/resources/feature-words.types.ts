import type { Resources } from './resources.types.js';

/**
 * One screen's words in the three languages, kept beside the screen (`<feature>/<feature>.words.ts`)
 * and listed once in `languages.ts`. A feature may add keys to a shared family (`problem`,
 * `timelineEvent`…) but never reword a key another file already holds.
 */
export interface FeatureWords {
  fi: Resources;
  sv: Resources;
  en: Resources;
}
