import type { JWTPayload } from 'jose';
import { AuthError, AuthErrorCode } from './auth.error.js';
import { mapClaims } from './claims.mapper.js';

const sari: JWTPayload = {
  sub: '0b6f2c4e-1111-4d7a-9e0c-5a1f2b3c4d5e',
  preferred_username: 'sari.virtanen',
  name: 'Sari Virtanen',
  agency: 'child-protection',
  realm_access: { roles: ['default-roles-yhdessa', 'offline_access', 'cp-social-worker', 'uma_authorization'] },
};

function refusal(claims: JWTPayload): { code: AuthErrorCode; status: number } {
  try {
    mapClaims(claims);
  } catch (error) {
    if (error instanceof AuthError) return { code: error.code, status: error.status };
    throw error;
  }
  throw new Error('expected the claims to be refused');
}

describe('mapClaims', () => {
  it('maps a social worker token to the caller and the actor', () => {
    expect(mapClaims(sari)).toEqual({
      userId: sari.sub,
      username: 'sari.virtanen',
      displayName: 'Sari Virtanen',
      agency: 'child-protection',
      roles: ['cp-social-worker'],
      actor: { userId: sari.sub, agency: 'child-protection', role: 'cp-social-worker' },
    });
  });

  it('drops roles the platform does not know and keeps the catalogue order whatever the token order', () => {
    const user = mapClaims({
      ...sari,
      agency: 'school',
      realm_access: { roles: ['offline_access', 'school-social-worker', 'teacher', 'admin'] },
    });
    expect(user.roles).toEqual(['teacher', 'school-social-worker']);
    expect(user.actor.role).toBe('teacher');
  });

  it('falls back to the username when the token has no display name', () => {
    expect(mapClaims({ ...sari, name: undefined }).displayName).toBe('sari.virtanen');
    expect(mapClaims({ ...sari, name: '' }).displayName).toBe('sari.virtanen');
  });

  it.each([
    ['no sub', { ...sari, sub: undefined }],
    ['an empty sub', { ...sari, sub: '' }],
    ['no preferred_username', { ...sari, preferred_username: undefined }],
    ['a preferred_username that is not a string', { ...sari, preferred_username: 42 }],
  ])('refuses a token with %s as invalid (401)', (_case, claims) => {
    expect(refusal(claims)).toEqual({ code: AuthErrorCode.TokenInvalid, status: 401 });
  });

  it.each([
    ['no agency claim', { ...sari, agency: undefined }],
    ['an unknown agency', { ...sari, agency: 'police' }],
    ['an agency list instead of one agency', { ...sari, agency: ['child-protection'] }],
  ])('refuses a token with %s (403 no_agency)', (_case, claims) => {
    expect(refusal(claims)).toEqual({ code: AuthErrorCode.NoAgency, status: 403 });
  });

  it.each([
    ['no realm_access', { ...sari, realm_access: undefined }],
    ['realm_access without roles', { ...sari, realm_access: {} }],
    ['roles that are not a list', { ...sari, realm_access: { roles: 'cp-social-worker' } }],
    ['only roles the platform does not know', { ...sari, realm_access: { roles: ['offline_access', 'admin'] } }],
  ])('refuses a token with %s (403 no_role)', (_case, claims) => {
    expect(refusal(claims)).toEqual({ code: AuthErrorCode.NoRole, status: 403 });
  });
});
