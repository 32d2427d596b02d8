import { isApiProblem } from '../api/api-problem.js';

/**
 * The translation key of the sentence that tells a person what went wrong: `problem.<code>` when the
 * app has words for the code, else a general sentence naming the code (given as `code` for it).
 */
export function problemMessage(error: unknown, known: (key: string) => boolean): { key: string; code: string } {
  const code = isApiProblem(error) ? error.code : 'unexpected';
  const key = `problem.${code}`;
  return known(key) ? { key, code } : { key: 'problem.unexpected', code };
}
