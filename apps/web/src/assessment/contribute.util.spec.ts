import { formFromAnswers, hasContent, textsOverLimit, toAnswers, wordsIn } from './contribute.util.js';

const keys = ['health', 'safety'];

describe('the contribution form', () => {
  it('starts empty over every domain of the frame', () => {
    expect(formFromAnswers(keys, null)).toEqual({
      domains: {
        health: { score: null, strengths: '', concerns: '', text: '' },
        safety: { score: null, strengths: '', concerns: '', text: '' },
      },
      betterIf: '',
    });
  });

  it('fills in a saved draft and leaves out domains the frame no longer has', () => {
    const form = formFromAnswers(keys, {
      frameVersion: 1,
      domains: {
        health: { score: 4, strengths: 'liikkuu', concerns: '', text: 'hyvä' },
        gone: { score: 1, strengths: '', concerns: '', text: '' },
      },
      betterIf: 'rauha',
    });
    expect(form.domains.health).toEqual({ score: 4, strengths: 'liikkuu', concerns: '', text: 'hyvä' });
    expect(Object.keys(form.domains)).toEqual(keys);
    expect(form.betterIf).toBe('rauha');
  });

  it('maps the form to the request on the assessment’s frame version', () => {
    const form = formFromAnswers(keys, null);
    form.domains.safety = { score: 2, strengths: '', concerns: 'illat', text: '' };
    expect(toAnswers(form, 3)).toEqual({
      frameVersion: 3,
      domains: {
        health: { score: null, strengths: '', concerns: '', text: '' },
        safety: { score: 2, strengths: '', concerns: 'illat', text: '' },
      },
      betterIf: '',
    });
  });

  it('names the texts over the limit', () => {
    const form = formFromAnswers(keys, null);
    form.domains.health!.concerns = 'x'.repeat(11);
    form.betterIf = 'y'.repeat(10);
    expect(textsOverLimit(form, 10)).toEqual(['health.concerns']);
  });

  it('knows an empty view from one with a score or words', () => {
    const form = formFromAnswers(keys, null);
    expect(hasContent(form)).toBe(false);
    form.domains.safety!.score = 5;
    expect(hasContent(form)).toBe(true);
    expect(hasContent({ ...formFromAnswers(keys, null), betterIf: '  ' })).toBe(false);
  });

  it('says a frame’s words in the reader’s language, Finnish by default', () => {
    const words = { fi: 'Terveys', sv: 'Hälsa', en: 'Health' };
    expect([wordsIn(words, 'sv'), wordsIn(words, 'en'), wordsIn(words, 'de')]).toEqual(['Hälsa', 'Health', 'Terveys']);
  });
});
