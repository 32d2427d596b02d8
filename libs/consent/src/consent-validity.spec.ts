import { isInForceOn } from './consent-validity.js';
import { finnishDate } from '@yhdessa/platform';

describe('isInForceOn', () => {
  const consent = { validFrom: '2026-03-01', validUntil: '2026-08-31', withdrawnAt: null };

  it('covers the first and the last day of its period', () => {
    expect(isInForceOn(consent, '2026-03-01')).toBe(true);
    expect(isInForceOn(consent, '2026-08-31')).toBe(true);
  });

  it('covers nothing before it starts or after it ends', () => {
    expect(isInForceOn(consent, '2026-02-28')).toBe(false);
    expect(isInForceOn(consent, '2026-09-01')).toBe(false);
  });

  it('covers no day once withdrawn, not even inside its period', () => {
    expect(isInForceOn({ ...consent, withdrawnAt: new Date('2026-04-01T08:00:00Z') }, '2026-03-15')).toBe(false);
  });
});

describe('finnishDate', () => {
  it('counts the Finnish calendar day, not the UTC one', () => {
    expect(finnishDate(new Date('2026-05-31T21:30:00Z'))).toBe('2026-06-01');
    expect(finnishDate(new Date('2026-12-31T21:59:59Z'))).toBe('2026-12-31');
  });
});
