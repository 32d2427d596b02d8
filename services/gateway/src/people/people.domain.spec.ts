import {
  mayUseDirectory,
  PEOPLE_PAGE_SIZE,
  pageOfPeople,
  professionalAgencyOf,
  realmEndpoints,
  searchTerms,
  toPerson,
  type DirectoryUser,
} from './people.domain.js';

const user = (overrides: Partial<DirectoryUser> = {}): DirectoryUser => ({
  id: 'u-1',
  username: 'jukka.lehto',
  firstName: 'Jukka',
  lastName: 'Lehto',
  enabled: true,
  attributes: { agency: ['child-protection'] },
  ...overrides,
});
const professional = ['professional', 'cp-social-worker', 'totp-exempt', 'default-roles-yhdessa'];

describe('the people directory', () => {
  it('is for professionals of child protection, psychiatry and school, never for the family', () => {
    expect(mayUseDirectory({ agency: 'child-protection' })).toBe(true);
    expect(mayUseDirectory({ agency: 'psychiatry' })).toBe(true);
    expect(mayUseDirectory({ agency: 'school' })).toBe(true);
    expect(mayUseDirectory({ agency: 'family' })).toBe(false);
    expect(mayUseDirectory({ agency: 'system' })).toBe(false);
  });

  it('lists a professional by id, name, agency and professional roles, and nothing else', () => {
    expect(toPerson(user({ email: 'x@example.org' } as Partial<DirectoryUser>), professional)).toEqual({
      userId: 'u-1',
      displayName: 'Jukka Lehto',
      agency: 'child-protection',
      roles: ['cp-social-worker'],
    });
  });

  it('never lists the family, an account without an agency or the professional role, or a disabled one', () => {
    expect(toPerson(user({ attributes: { agency: ['family'] } }), ['guardian'])).toBeNull();
    expect(toPerson(user({ attributes: { agency: ['family'] } }), professional)).toBeNull();
    expect(toPerson(user({ attributes: {} }), professional)).toBeNull();
    expect(toPerson(user({ attributes: undefined }), professional)).toBeNull();
    expect(toPerson(user(), ['cp-social-worker'])).toBeNull();
    expect(toPerson(user({ enabled: false }), professional)).toBeNull();
    expect(professionalAgencyOf(user({ attributes: { agency: ['system'] } }))).toBeNull();
    expect(professionalAgencyOf(user({ attributes: { agency: ['school'] } }))).toBe('school');
  });

  it('names a person by first and last name, by username when the account has neither', () => {
    expect(toPerson(user({ firstName: 'Hanna', lastName: undefined }), professional)?.displayName).toBe('Hanna');
    expect(toPerson(user({ firstName: ' ', lastName: '' }), professional)?.displayName).toBe('jukka.lehto');
  });

  it('answers one small page in Finnish alphabetical order, only holders of the role asked for', () => {
    const person = (displayName: string, roles: Parameters<typeof pageOfPeople>[1][] = ['teacher']) => ({
      userId: displayName,
      displayName,
      agency: 'school' as const,
      roles: roles.filter((role) => role !== undefined),
    });
    expect(
      pageOfPeople([person('Östen Öberg'), null, person('Ville Heikkinen'), person('Anna Laine')]).map((p) => p.displayName),
    ).toEqual(['Anna Laine', 'Ville Heikkinen', 'Östen Öberg']);
    const many = Array.from({ length: PEOPLE_PAGE_SIZE + 5 }, (_, index) => person(`Opettaja ${String(index).padStart(2, '0')}`));
    expect(pageOfPeople(many)).toHaveLength(PEOPLE_PAGE_SIZE);
    expect(pageOfPeople([person('Anna Laine'), person('Sari Virtanen', ['cp-social-worker'])], 'cp-social-worker')).toEqual([
      person('Sari Virtanen', ['cp-social-worker']),
    ]);
  });

  it("takes what is typed as the identity provider's prefix search on each word, without its wildcards", () => {
    expect(searchTerms('  Jukka   Lehto ')).toBe('Jukka Lehto');
    expect(searchTerms('*ju"')).toBe('ju');
    expect(searchTerms('**')).toBe('');
  });

  it("finds the realm's token endpoint and admin API beside the issuer, or at the back-channel address", () => {
    expect(realmEndpoints('http://127.0.0.1:8080/realms/yhdessa')).toEqual({
      token: 'http://127.0.0.1:8080/realms/yhdessa/protocol/openid-connect/token',
      admin: 'http://127.0.0.1:8080/admin/realms/yhdessa',
    });
    expect(realmEndpoints('https://id.example.org/auth/realms/yhdessa/', 'http://keycloak:8080')).toEqual({
      token: 'http://keycloak:8080/auth/realms/yhdessa/protocol/openid-connect/token',
      admin: 'http://keycloak:8080/auth/admin/realms/yhdessa',
    });
    expect(() => realmEndpoints('https://id.example.org/oauth')).toThrow(/not a Keycloak realm/);
  });
});
