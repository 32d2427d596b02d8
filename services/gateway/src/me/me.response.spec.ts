import type { AuthenticatedUser } from '@yhdessa/auth';
import { toMeResponse } from './me.response.js';

const caller: AuthenticatedUser = {
  userId: '5b0c7f0e-0000-4000-8000-000000000001',
  username: 'sanna.sosiaalityo',
  displayName: 'Sanna Sosiaalityö',
  agency: 'child-protection',
  roles: ['cp-social-worker'],
  actor: { userId: '5b0c7f0e-0000-4000-8000-000000000001', agency: 'child-protection', role: 'cp-social-worker' },
};

describe('toMeResponse', () => {
  it("answers with the caller's identity and roles only", () => {
    expect(toMeResponse(caller)).toEqual({
      userId: caller.userId,
      username: 'sanna.sosiaalityo',
      displayName: 'Sanna Sosiaalityö',
      agency: 'child-protection',
      roles: ['cp-social-worker'],
    });
  });
});
