import { parsePersonalIdentityCode } from './personal-identity-code.util.js';

// Check characters worked out by hand: the 9 digits DDMMYYZZZ modulo 31, indexed into
// 0123456789ABCDEFHJKLMNPRSTUVWXY. E.g. 131052308 = 31 × 4227493 + 25 → 'T'.
describe('parsePersonalIdentityCode', () => {
  it.each([
    ['131052-308T', '1952-10-13', false, '131052308 mod 31 = 25 → T'],
    ['010101A123N', '2001-01-01', false, '010101123 mod 31 = 21 → N'],
    ['121212A002K', '2012-12-12', false, 'lowest individual number'],
    ['010100-899E', '1900-01-01', false, 'highest permanent individual number'],
    ['311299-0029', '1999-12-31', false, 'check character a digit'],
    ['280201A123W', '2001-02-28', false, '280201123 mod 31 = 28 → W'],
  ])('%s is valid, born %s', (code, dateOfBirth, temporary) => {
    expect(parsePersonalIdentityCode(code)).toEqual({ valid: true, dateOfBirth, temporary });
  });

  it.each([
    ['131052Y308T', '1952-10-13'],
    ['131052X308T', '1952-10-13'],
    ['131052W308T', '1952-10-13'],
    ['131052V308T', '1952-10-13'],
    ['131052U308T', '1952-10-13'],
    ['010101B123N', '2001-01-01'],
    ['010101C123N', '2001-01-01'],
    ['010101D123N', '2001-01-01'],
    ['010101E123N', '2001-01-01'],
    ['010101F123N', '2001-01-01'],
  ])('takes the century signs of 2023: %s, born %s', (code, dateOfBirth) => {
    expect(parsePersonalIdentityCode(code)).toEqual({ valid: true, dateOfBirth, temporary: false });
  });

  it('reads the 1800s from +', () => {
    expect(parsePersonalIdentityCode('131052+308T')).toEqual({ valid: true, dateOfBirth: '1852-10-13', temporary: false });
  });

  it('flags temporary codes (individual number 900–999) but accepts them', () => {
    expect(parsePersonalIdentityCode('290204A900C')).toEqual({ valid: true, dateOfBirth: '2004-02-29', temporary: true });
    expect(parsePersonalIdentityCode('150613A9993')).toEqual({ valid: true, dateOfBirth: '2013-06-15', temporary: true });
    expect(parsePersonalIdentityCode('010120A999U')).toEqual({ valid: true, dateOfBirth: '2020-01-01', temporary: true });
  });

  describe('29 February', () => {
    it('exists in 2000 and 2004 (leap years)', () => {
      expect(parsePersonalIdentityCode('290200A002C')).toEqual({ valid: true, dateOfBirth: '2000-02-29', temporary: false });
      expect(parsePersonalIdentityCode('290200A101K')).toEqual({ valid: true, dateOfBirth: '2000-02-29', temporary: false });
    });

    it('exists in 1896, a leap year of the 1800s', () => {
      expect(parsePersonalIdentityCode('290296+1232')).toEqual({ valid: true, dateOfBirth: '1896-02-29', temporary: false });
    });

    it('does not exist in 1900 (no leap year) although it does in 2000: the century sign decides', () => {
      expect(parsePersonalIdentityCode('290200-101K')).toEqual({ valid: false, reason: 'date' });
      expect(parsePersonalIdentityCode('290200Y101K')).toEqual({ valid: false, reason: 'date' });
    });

    it('does not exist in the common years 2001 and 1897', () => {
      expect(parsePersonalIdentityCode('290201A123K')).toEqual({ valid: false, reason: 'date' });
      expect(parsePersonalIdentityCode('290297-1232')).toEqual({ valid: false, reason: 'date' });
    });
  });

  it.each([
    ['320152-308T', 'day 32'],
    ['000152-308T', 'day 0'],
    ['311152-308T', '31 November'],
    ['131352-308T', 'month 13'],
    ['130052-308T', 'month 0'],
  ])('refuses a date that does not exist: %s (%s)', (code) => {
    expect(parsePersonalIdentityCode(code)).toEqual({ valid: false, reason: 'date' });
  });

  it.each([
    ['131052-308U'],
    ['131052-308S'],
    ['131052-3080'],
    ['131052-308G'],
    ['131052-307T'],
    ['131053-308T'],
    ['131052-309T'],
  ])('refuses a wrong check character: %s', (code) => {
    expect(parsePersonalIdentityCode(code)).toEqual({ valid: false, reason: 'check-character' });
  });

  it.each([['131052-000T'], ['131052-001T'], ['010101A000X'], ['010101A0010']])(
    'refuses individual numbers 000 and 001: %s',
    (code) => {
      expect(parsePersonalIdentityCode(code)).toEqual({ valid: false, reason: 'individual-number' });
    },
  );

  it.each([
    [''],
    ['131052-308'],
    ['131052-308TT'],
    ['131052-308t'],
    [' 131052-308T'],
    ['131052 308T'],
    ['131052Z308T'],
    ['131052G308T'],
    ['131052a308T'],
    ['1310523308T'],
    ['13105-2308T'],
    ['131052-3O8T'],
  ])('refuses a malformed code: %j', (code) => {
    expect(parsePersonalIdentityCode(code)).toEqual({ valid: false, reason: 'format' });
  });
});
