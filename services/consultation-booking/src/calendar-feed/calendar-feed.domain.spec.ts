import { feedEvents, feedTokenHash, newFeedToken, tokenOfFileName } from './calendar-feed.domain.js';

describe('calendar feed rules', () => {
  it('makes 43-character tokens that only the file name `<token>.ics` carries', () => {
    const token = newFeedToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newFeedToken()).not.toBe(token);
    expect(tokenOfFileName(`${token}.ics`)).toBe(token);
    expect(tokenOfFileName(token)).toBeNull();
    expect(tokenOfFileName(`${token}x.ics`)).toBeNull();
    expect(tokenOfFileName('../x.ics')).toBeNull();
  });

  it('keeps a SHA-256 of the token, not the token', () => {
    // SHA-256 of "abc", from FIPS 180-2's test vectors.
    expect(feedTokenHash('abc').toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('summarises each booking by its type alone and marks the cancelled ones', () => {
    const startsAt = new Date('2027-03-29T06:00:00Z');
    const endsAt = new Date('2027-03-29T06:45:00Z');
    expect(
      feedEvents(
        [
          { bookingId: 'b1', consultationType: 'school-child-protection', status: 'confirmed', startsAt, endsAt },
          { bookingId: 'b2', consultationType: 'systemic-team', status: 'cancelled', startsAt, endsAt },
        ],
        'example.test',
      ),
    ).toEqual([
      { uid: 'b1@example.test', summary: 'Konsultaatio: koulu ja lastensuojelu', start: startsAt, end: endsAt, cancelled: false },
      { uid: 'b2@example.test', summary: 'Konsultaatio: systeeminen tiimi', start: startsAt, end: endsAt, cancelled: true },
    ]);
  });
});
