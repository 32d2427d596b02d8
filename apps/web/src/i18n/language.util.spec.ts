import { initialLanguage } from './language.util.js';

describe('which language the app starts in', () => {
  it('keeps the language the user chose before', () => {
    expect(initialLanguage('sv', ['en-GB'])).toBe('sv');
  });

  it('otherwise takes the browser’s first language it speaks', () => {
    expect(initialLanguage(null, ['de-DE', 'sv-FI', 'fi'])).toBe('sv');
    expect(initialLanguage('klingon', ['en-US'])).toBe('en');
  });

  it('falls back to Finnish', () => {
    expect(initialLanguage(null, ['de', 'ru'])).toBe('fi');
    expect(initialLanguage(null, [])).toBe('fi');
  });
});
