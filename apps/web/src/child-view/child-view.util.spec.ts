import { childAnswers, childFormFrom, saysNotSafe, saysSomething, tooLong } from './child-view.util.js';

const frame = { version: 2, domains: [{ key: 'health' }, { key: 'safety' }, { key: 'own-wishes' }] };

describe("the child's own form", () => {
  it('starts empty for each domain of the frame, in its order', () => {
    const form = childFormFrom(frame, null);
    expect(form).toEqual({
      faces: { health: null, safety: null, 'own-wishes': null },
      words: { health: '', safety: '', 'own-wishes': '' },
      betterIf: '',
    });
    expect(saysSomething(form)).toBe(false);
  });

  it('takes back a saved draft, ignoring a score off the five faces and domains no longer in the frame', () => {
    const form = childFormFrom(frame, {
      frameVersion: 2,
      domains: {
        health: { score: 4, strengths: '', concerns: '', text: 'ok' },
        safety: { score: 7, strengths: '', concerns: '', text: '' },
        gone: { score: 1, strengths: '', concerns: '', text: 'x' },
      },
      betterIf: 'more time with friends',
    });
    expect(form.faces).toEqual({ health: 4, safety: null, 'own-wishes': null });
    expect(form.words.health).toBe('ok');
    expect(form.words).not.toHaveProperty('gone');
    expect(form.betterIf).toBe('more time with friends');
  });

  it("sends every domain of the frame with the frame's version, the child's words trimmed and no professional fields", () => {
    const form = childFormFrom(frame, null);
    form.faces.health = 5;
    form.words.safety = '  I feel fine  ';
    form.betterIf = ' quieter evenings ';
    expect(childAnswers(frame, form)).toEqual({
      frameVersion: 2,
      domains: {
        health: { score: 5, strengths: '', concerns: '', text: '' },
        safety: { score: null, strengths: '', concerns: '', text: 'I feel fine' },
        'own-wishes': { score: null, strengths: '', concerns: '', text: '' },
      },
      betterIf: 'quieter evenings',
    });
    expect(saysSomething(form)).toBe(true);
  });

  it('counts only words, not spaces, as saying something', () => {
    const form = childFormFrom(frame, null);
    form.words.health = '   ';
    expect(saysSomething(form)).toBe(false);
    form.betterIf = 'x';
    expect(saysSomething(form)).toBe(true);
  });

  it('knows the saddest face on safety, and only on safety', () => {
    const form = childFormFrom(frame, null);
    form.faces.health = 1;
    expect(saysNotSafe(form)).toBe(false);
    form.faces.safety = 2;
    expect(saysNotSafe(form)).toBe(false);
    form.faces.safety = 1;
    expect(saysNotSafe(form)).toBe(true);
  });

  it('names the texts longer than the service takes', () => {
    const form = childFormFrom(frame, null);
    form.words.health = 'x'.repeat(11);
    form.words.safety = 'x'.repeat(10);
    form.betterIf = 'y'.repeat(12);
    expect(tooLong(form, 10)).toEqual(['health', 'betterIf']);
  });
});
