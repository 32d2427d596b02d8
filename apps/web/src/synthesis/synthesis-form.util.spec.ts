import { editorProblems, synthesisBody, synthesisFormFrom, toggled, unkeptOpposites } from './synthesis-form.util.js';

const none = { scored: 0, lowest: null, highest: null, spread: 0, opposite: false, low: [], high: [] };
const evenings = { scored: 3, lowest: 2, highest: 5, spread: 3, opposite: true, low: ['anna'], high: ['riitta'] };
const matrix = {
  domains: [
    { domain: 'health', disagreement: none },
    { domain: 'everyday-life-and-care', disagreement: evenings },
  ],
};
const keys = ['health', 'everyday-life-and-care'];

describe('the synthesis editor', () => {
  it('starts a disagreement on opposite views already attributed to both ends, and nothing elsewhere', () => {
    const form = synthesisFormFrom(keys, null, matrix);
    expect(form.domains.health!.disagreements).toEqual([]);
    expect(form.domains['everyday-life-and-care']!.disagreements).toEqual([
      { key: expect.any(String), text: '', views: ['anna', 'riitta'] },
    ]);
    expect(unkeptOpposites(form, matrix)).toEqual(['everyday-life-and-care']);
  });

  it('takes back a saved draft as it was, without adding a disagreement to a domain that has one', () => {
    const form = synthesisFormFrom(
      keys,
      {
        domains: [
          {
            domain: 'everyday-life-and-care',
            agreements: 'Mornings are hard',
            disagreements: [{ text: 'School: tired; foster family: calm', views: ['anna', 'riitta'] }],
            childView: 'Evenings are fine',
          },
        ],
        overall: 'o',
        familySummary: 'f',
        needs: [{ needId: 'n', text: 'Calm evenings', domains: ['everyday-life-and-care'], fromInvitations: ['anna'] }],
      },
      matrix,
    );
    expect(form.domains['everyday-life-and-care']).toMatchObject({
      agreements: 'Mornings are hard',
      childView: 'Evenings are fine',
      disagreements: [{ text: 'School: tired; foster family: calm', views: ['anna', 'riitta'] }],
    });
    expect(form.needs).toMatchObject([{ text: 'Calm evenings', domains: ['everyday-life-and-care'], fromInvitations: ['anna'] }]);
    expect(unkeptOpposites(form, matrix)).toEqual([]);
    expect(synthesisBody(form)).toEqual({
      domains: [
        {
          domain: 'everyday-life-and-care',
          agreements: 'Mornings are hard',
          disagreements: [{ text: 'School: tired; foster family: calm', views: ['anna', 'riitta'] }],
          childView: 'Evenings are fine',
        },
      ],
      overall: 'o',
      familySummary: 'f',
      needs: [{ text: 'Calm evenings', domains: ['everyday-life-and-care'], fromInvitations: ['anna'] }],
    });
  });

  it('leaves out rows with no words and domains with nothing said, and trims the rest', () => {
    const form = synthesisFormFrom(keys, null, matrix);
    form.domains.health!.agreements = '  All see good health ';
    form.needs.push({ key: 'k', text: '   ', domains: [], fromInvitations: [] });
    form.familySummary = ' plain words ';
    expect(synthesisBody(form)).toEqual({
      domains: [{ domain: 'health', agreements: 'All see good health', disagreements: [], childView: '' }],
      overall: '',
      familySummary: 'plain words',
      needs: [],
    });
    expect(editorProblems(form)).toEqual([]);
  });

  it('does not count a disagreement as kept when it names only one end, or has no words', () => {
    const form = synthesisFormFrom(keys, null, matrix);
    form.domains['everyday-life-and-care']!.disagreements[0]!.views = ['anna'];
    form.domains['everyday-life-and-care']!.disagreements[0]!.text = 'School sees tired evenings';
    expect(unkeptOpposites(form, matrix)).toEqual(['everyday-life-and-care']);
    expect(editorProblems(form)).toEqual([
      { path: expect.stringMatching(/^everyday-life-and-care\./), key: 'disagreementViews' },
    ]);
    form.domains['everyday-life-and-care']!.disagreements[0]!.views = ['anna', 'riitta'];
    expect(unkeptOpposites(form, matrix)).toEqual([]);
    form.domains['everyday-life-and-care']!.disagreements[0]!.text = ' ';
    expect(unkeptOpposites(form, matrix)).toEqual(['everyday-life-and-care']);
  });

  it('asks a need with words for the domains and the views it came from', () => {
    const form = synthesisFormFrom(keys, null, matrix);
    form.needs.push({ key: 'n1', text: 'Calm evenings', domains: [], fromInvitations: [] });
    expect(editorProblems(form)).toEqual([
      { path: 'n1', key: 'needDomains' },
      { path: 'n1', key: 'needViews' },
    ]);
  });

  it('sends each view of a disagreement once', () => {
    const form = synthesisFormFrom(keys, null, matrix);
    form.domains['everyday-life-and-care']!.disagreements[0] = { key: 'd', text: 't', views: ['anna', 'riitta', 'anna'] };
    expect(synthesisBody(form).domains![0]!.disagreements).toEqual([{ text: 't', views: ['anna', 'riitta'] }]);
  });

  it('toggles an item of a list once', () => {
    expect(toggled(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
