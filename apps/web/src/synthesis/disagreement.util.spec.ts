import { disagreementDisplays, disagreementLevel, oppositeDomains, viewLabel } from './disagreement.util.js';

const none = { scored: 0, lowest: null, highest: null, spread: 0, opposite: false, low: [], high: [] };
const view = (invitationId: string, displayName: string, roleInCase: string) => ({ invitationId, displayName, roleInCase });

describe('disagreement in the matrix', () => {
  it('puts the spread in words: too few scores, all agree, one step, further apart, opposite', () => {
    expect(disagreementLevel({ scored: 0, spread: 0, opposite: false })).toBe('too-few');
    expect(disagreementLevel({ scored: 1, spread: 0, opposite: false })).toBe('too-few');
    expect(disagreementLevel({ scored: 3, spread: 0, opposite: false })).toBe('agree');
    expect(disagreementLevel({ scored: 2, spread: 1, opposite: false })).toBe('close');
    expect(disagreementLevel({ scored: 4, spread: 2, opposite: false })).toBe('apart');
    expect(disagreementLevel({ scored: 2, spread: 3, opposite: true })).toBe('opposite');
  });

  it("follows the service's flag for opposite views rather than its own threshold", () => {
    expect(disagreementLevel({ scored: 2, spread: 4, opposite: false })).toBe('apart');
    expect(disagreementLevel({ scored: 2, spread: 2, opposite: true })).toBe('opposite');
  });

  it('names who holds each end of opposite views, leaving out a view the reader does not see', () => {
    const displays = disagreementDisplays({
      domains: [
        {
          domain: 'everyday-life-and-care',
          disagreement: { scored: 3, lowest: 2, highest: 5, spread: 3, opposite: true, low: ['a', 'hidden'], high: ['r'] },
        },
        { domain: 'health', disagreement: none },
      ],
      views: [view('a', 'Anna Laine', 'class teacher'), view('r', 'Riitta Hakala', 'foster carer')],
    } as never);
    expect(displays.get('everyday-life-and-care')).toEqual({
      domain: 'everyday-life-and-care',
      level: 'opposite',
      spread: 3,
      lowest: 2,
      highest: 5,
      low: ['Anna Laine (class teacher)'],
      high: ['Riitta Hakala (foster carer)'],
    });
    expect(displays.get('health')?.level).toBe('too-few');
  });

  it('lists the domains with opposite views, the furthest apart first', () => {
    const opposite = (spread: number) => ({ ...none, scored: 2, spread, opposite: true });
    expect(
      oppositeDomains({
        domains: [
          { domain: 'a', disagreement: opposite(3) },
          { domain: 'b', disagreement: { ...none, scored: 2, spread: 2 } },
          { domain: 'c', disagreement: opposite(4) },
        ],
      }),
    ).toEqual(['c', 'a']);
  });

  it('labels a view by name and role, or name alone', () => {
    expect(viewLabel({ displayName: 'Aino Aalto', roleInCase: 'lapsi' })).toBe('Aino Aalto (lapsi)');
    expect(viewLabel({ displayName: 'Aino Aalto', roleInCase: '' })).toBe('Aino Aalto');
  });
});
