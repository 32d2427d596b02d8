import { mergeWords } from './merge-words.util.js';

describe('mergeWords', () => {
  it('joins families that several files add to', () => {
    expect(mergeWords([{ problem: { a: 'A' }, home: { title: 'T' } }, { problem: { b: 'B' } }])).toEqual({
      problem: { a: 'A', b: 'B' },
      home: { title: 'T' },
    });
  });

  it('refuses a key two files both word, naming it', () => {
    expect(() => mergeWords([{ problem: { a: 'A' } }, { problem: { a: 'other' } }])).toThrow('problem.a');
    expect(() => mergeWords([{ home: 'x' }, { home: { title: 'T' } }])).toThrow('home');
  });
});
