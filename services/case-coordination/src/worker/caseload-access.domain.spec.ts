import { maySeeCaseloadOf } from './caseload-access.domain.js';

describe('maySeeCaseloadOf', () => {
  it('lets a social worker see their own caseload, not a colleague’s', () => {
    expect(maySeeCaseloadOf('sari', { userId: 'sari', roles: ['cp-social-worker'] })).toBe(true);
    expect(maySeeCaseloadOf('jukka', { userId: 'sari', roles: ['cp-social-worker'] })).toBe(false);
  });

  it('lets a coordinator or a service manager see anyone’s', () => {
    expect(maySeeCaseloadOf('jukka', { userId: 'tuula', roles: ['team-coordinator'] })).toBe(true);
    expect(maySeeCaseloadOf('jukka', { userId: 'markku', roles: ['service-manager'] })).toBe(true);
  });
});
