import { AuthError, AuthErrorCode } from './auth.error.js';
import { bearerToken } from './bearer-token.util.js';

function codeOf(header: string | undefined): AuthErrorCode {
  try {
    bearerToken(header);
  } catch (error) {
    if (error instanceof AuthError) return error.code;
    throw error;
  }
  throw new Error('expected the header to be refused');
}

describe('bearerToken', () => {
  it('takes the token from a Bearer header, whatever the scheme case', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer abc.def.ghi')).toBe('abc.def.ghi');
  });

  it.each([undefined, '', 'Bearer', 'Bearer   ', 'Basic c2FyaTpkZW1v', 'abc.def.ghi'])(
    'treats %p as no bearer token',
    (header) => {
      expect(codeOf(header)).toBe(AuthErrorCode.TokenMissing);
    },
  );

  it('refuses a Bearer header with more than one credential as invalid', () => {
    expect(codeOf('Bearer abc def')).toBe(AuthErrorCode.TokenInvalid);
  });
});
