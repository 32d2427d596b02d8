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
});
