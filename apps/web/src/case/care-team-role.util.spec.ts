import { languages } from '../i18n/resources/languages.js';
import { roleInCaseText } from './care-team-role.util.js';

const wordsOf = (language: keyof typeof languages) => (key: string) =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], languages[language]) as string;

describe("a care team member's role in the case", () => {
  it('words the role the service gives the responsible social worker in the reader’s language', () => {
    expect(roleInCaseText('responsible social worker', wordsOf('fi'))).toBe('lapsen asioista vastaava sosiaalityöntekijä');
    expect(roleInCaseText('responsible social worker', wordsOf('sv'))).toBe(
      'socialarbetare som ansvarar för barnets angelägenheter',
    );
    expect(roleInCaseText('responsible social worker', wordsOf('en'))).toBe('responsible social worker');
  });

  it('shows a role a person wrote as they wrote it', () => {
    expect(roleInCaseText('luokanopettaja', wordsOf('sv'))).toBe('luokanopettaja');
    expect(roleInCaseText(undefined, wordsOf('fi'))).toBe('');
  });
});
