import { identifyingDetails } from './anonymity.domain.js';

describe('identifyingDetails', () => {
  it.each([
    ['Poissa koulusta kolme viikkoa, väsynyt aamuisin.', []],
    ['Mika on ollut poissa koulusta.', []],
    ['Oppilas ei tule kouluun, huoltaja ei vastaa.', []],
    ['Mika Virtanen on ollut poissa.', ['full-name']],
    ['Oppilas on Anna-Liisa Korhonen.', ['full-name']],
    ['Hetu 010317A123U mukana', ['identity-code']],
    ['syntynyt 1.3.2017', ['date-of-birth']],
    ['soita 040 123 4567', ['phone']],
    ['äiti: liisa@example.fi', ['email']],
  ])('%s', (text, kinds) => expect(identifyingDetails(text)).toEqual(kinds));

  it("lets a school's capitalised name through where the field holds a school, and nothing else", () => {
    expect(identifyingDetails('Vaasan Lyseon Lukio', ['full-name'])).toEqual([]);
    expect(identifyingDetails('Vaasan Lyseo 010317A123U', ['full-name'])).toEqual(['identity-code']);
  });
});
