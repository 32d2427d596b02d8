// The server's own rule, imported to hold the browser's copy against it: the app cannot depend on a
// service at run time, but its test can prove the two agree.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { parsePersonalIdentityCode } from '../../../../services/case-coordination/src/case/personal-identity-code.util.js';
import { checkIdentityCode, identityCodeFeedback } from './identity-code.util.js';

describe('identity code checked as typed', () => {
  it('takes a valid code, with the date of birth it carries, in every century sign', () => {
    expect(checkIdentityCode('131052-308T')).toEqual({ valid: true, dateOfBirth: '1952-10-13', temporary: false });
    expect(checkIdentityCode('010594Y9032')).toEqual({ valid: true, dateOfBirth: '1994-05-01', temporary: true });
    expect(checkIdentityCode('150517A1232')).toEqual({ valid: true, dateOfBirth: '2017-05-15', temporary: false });
    expect(checkIdentityCode('150517Y1232')).toEqual({ valid: true, dateOfBirth: '1917-05-15', temporary: false });
  });

  it('names what is wrong', () => {
    expect(checkIdentityCode('131052-308U')).toEqual({ valid: false, reason: 'check-character' });
    expect(checkIdentityCode('311152-308T')).toEqual({ valid: false, reason: 'date' });
    expect(checkIdentityCode('131052-001T')).toEqual({ valid: false, reason: 'individual-number' });
    expect(checkIdentityCode('131052G308T')).toEqual({ valid: false, reason: 'format' });
    expect(checkIdentityCode('131052-308')).toEqual({ valid: false, reason: 'format' });
  });

  it('says nothing while a code is still being typed, and speaks when it is whole or the field is left', () => {
    expect(identityCodeFeedback('1310', false)).toBeNull();
    expect(identityCodeFeedback('1310', true)).toEqual({ valid: false, reason: 'format' });
    expect(identityCodeFeedback(' 131052-308t ', false)).toEqual({ valid: true, dateOfBirth: '1952-10-13', temporary: false });
    expect(identityCodeFeedback('', true)).toBeNull();
  });

  it('agrees with the server on every kind of code', () => {
    const signs = ['+', '-', 'A', 'B', 'C', 'D', 'E', 'F', 'U', 'V', 'W', 'X', 'Y', 'G', 'Z'];
    const codes: string[] = [];
    for (const date of ['010117', '290200', '290201', '311317', '000117', '230817']) {
      for (const sign of signs) {
        for (const individual of ['000', '001', '002', '123', '899', '900', '999']) {
          for (const check of '0123456789ABCDEFHJKLMNPRSTUVWXYGIOQZ') codes.push(`${date}${sign}${individual}${check}`);
        }
      }
    }
    expect(codes.length).toBeGreaterThan(20_000);
    const disagreements = codes.filter(
      (code) => JSON.stringify(checkIdentityCode(code)) !== JSON.stringify(parsePersonalIdentityCode(code)),
    );
    expect(disagreements).toEqual([]);
    expect(codes.filter((code) => checkIdentityCode(code).valid).length).toBeGreaterThan(100);
  });
});
