import { disagreementOn } from './disagreement.domain.js';

describe('disagreementOn', () => {
  it('measures the spread of the scores and flags opposite views (2 against 5) with who is at each end', () => {
    expect(
      disagreementOn([
        { invitationId: 'school', score: 2 },
        { invitationId: 'foster', score: 5 },
        { invitationId: 'nurse', score: 3 },
        { invitationId: 'mother', score: null },
      ]),
    ).toEqual({ scored: 3, lowest: 2, highest: 5, spread: 3, opposite: true, low: ['school'], high: ['foster'] });
  });

  it('does not flag a spread of two, nor a single score, nor none', () => {
    expect(
      disagreementOn([
        { invitationId: 'a', score: 2 },
        { invitationId: 'b', score: 4 },
      ]).opposite,
    ).toBe(false);
    expect(disagreementOn([{ invitationId: 'a', score: 1 }])).toMatchObject({ spread: 0, opposite: false });
    expect(disagreementOn([])).toEqual({ scored: 0, lowest: null, highest: null, spread: 0, opposite: false, low: [], high: [] });
  });

  it('names every view at an end when several share it', () => {
    const found = disagreementOn([
      { invitationId: 'a', score: 1 },
      { invitationId: 'b', score: 1 },
      { invitationId: 'c', score: 4 },
    ]);
    expect(found.low).toEqual(['a', 'b']);
    expect(found.high).toEqual(['c']);
  });
});
